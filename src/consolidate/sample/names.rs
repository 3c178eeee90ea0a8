//! Made-up names: a province that does not exist and its communes, from common Vietnamese place
//! syllables, and ASCII file names made from them.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization as _;

use super::rng::Rng;

/// Provinces that do not exist, so that no one mistakes a sample for real data.
const PROVINCES: [&str; 8] = [
    "Sông Ngân",
    "Đồng Xanh",
    "Núi Bạc",
    "Hồ Sen",
    "Bến Mây",
    "Cao Nguyên Gió",
    "Vịnh Ngọc",
    "Trường Sa Mạc",
];

const FIRST: [&str; 40] = [
    "An", "Bình", "Phú", "Tân", "Hòa", "Long", "Thạnh", "Phước", "Mỹ", "Vĩnh", "Đông", "Tây",
    "Nam", "Bắc", "Hưng", "Thuận", "Quang", "Minh", "Trung", "Kim", "Ngọc", "Thanh", "Đại", "Hồng",
    "Xuân", "Hải", "Sơn", "Lâm", "Cẩm", "Gia", "Hiệp", "Lộc", "Phong", "Thái", "Tiến", "Việt",
    "Yên", "Đức", "Quảng", "Hà",
];

const SECOND: [&str; 40] = [
    "Hòa", "Phú", "Lợi", "Thịnh", "Lộc", "Hưng", "Điền", "Sơn", "Thủy", "Lâm", "Bình", "An",
    "Thành", "Tiến", "Phong", "Mỹ", "Long", "Hải", "Khánh", "Vinh", "Đông", "Nguyên", "Trung",
    "Hiệp", "Thuận", "Quý", "Xuân", "Hồng", "Phước", "Tân", "Thạch", "Định", "Cường", "Lạc", "Hà",
    "Giang", "Châu", "Đạt", "Nghĩa", "Tâm",
];

const THIRD: [&str; 7] = ["Đông", "Tây", "Nam", "Bắc", "Thượng", "Hạ", "Trung"];

/// The made-up province of a seed.
pub fn province(rng: &mut Rng) -> &'static str {
    PROVINCES
        .get(rng.below(PROVINCES.len()))
        .copied()
        .unwrap_or("Sông Ngân")
}

/// `count` different commune names ("Tân Phú", "Long Hải Đông"…).
pub fn communes(rng: &mut Rng, count: usize) -> Vec<String> {
    let pairs = FIRST.len() * SECOND.len();
    let mut used = HashSet::new();
    let mut names = Vec::with_capacity(count);
    while names.len() < count {
        let first = FIRST.get(rng.below(FIRST.len())).copied().unwrap_or("An");
        let second = SECOND
            .get(rng.below(SECOND.len()))
            .copied()
            .unwrap_or("Hòa");
        if first == second {
            continue;
        }
        // Three syllables once the two-syllable names run short.
        let crowded = used.len() * 2 > pairs;
        let mut name = format!("{first} {second}");
        if crowded || rng.chance(0.1) {
            let third = THIRD.get(rng.below(THIRD.len())).copied().unwrap_or("Đông");
            if third != second {
                name = format!("{name} {third}");
            }
        }
        if used.len() >= pairs * THIRD.len() {
            // Every name is taken: number the rest.
            name = format!("{name} {}", names.len() + 1);
        }
        if used.insert(name.clone()) {
            names.push(name);
        }
    }
    names
}

/// `text` in lower-case ASCII with hyphens: "Xã Tân Phú" → "xa-tan-phu".
pub fn slug(text: &str) -> String {
    let ascii: String = text
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            c => c,
        })
        .collect();
    let mut slug = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_different_and_slugs_ascii() {
        let names = communes(&mut Rng::new(1), 3321);
        let unique: HashSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), 3321);
        assert_eq!(slug("Xã Tân Phú Đông"), "xa-tan-phu-dong");
        assert_eq!(slug("Tỉnh Sông Ngân — quý III"), "tinh-song-ngan-quy-iii");
    }
}
