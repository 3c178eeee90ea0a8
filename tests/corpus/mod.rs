//! Spreadsheets as commune offices keep them, written by the tests: XLSX with title rows, merged
//! two-row headers, bold section rows and percentage-formatted cells (rust_xlsxwriter), and CSV
//! in UTF-8, Windows-1258 (with its separate tone marks) and UTF-16 ("Unicode text").
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use rust_xlsxwriter::{Format, Workbook};
use unicode_normalization::UnicodeNormalization as _;

/// One cell of a sheet to write.
#[derive(Clone, Copy, Debug)]
pub enum C {
    /// Empty.
    E,
    /// Text.
    T(&'static str),
    /// A number.
    N(f64),
    /// A number in a percentage format (0.632 shown as 63,2 %).
    P(f64),
}

/// A merged region: first row, first column, last row, last column (0-based).
pub type Merge = (u32, u16, u32, u16);

/// An XLSX workbook of one sheet `name` with `rows`, `merges` and bold `bold_rows`.
pub fn xlsx(name: &str, rows: &[Vec<C>], merges: &[Merge], bold_rows: &[u32]) -> Vec<u8> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(name).unwrap();
    let percent = Format::new().set_num_format("0.0%");
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32;
        let text_format = if bold_rows.contains(&r) {
            Format::new().set_bold()
        } else {
            Format::new()
        };
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            let merged = merges
                .iter()
                .find(|m| (m.0..=m.2).contains(&r) && (m.1..=m.3).contains(&c));
            if let Some(m) = merged {
                if (m.0, m.1) == (r, c) {
                    let C::T(text) = cell else {
                        panic!("a merged region starts with text")
                    };
                    sheet
                        .merge_range(m.0, m.1, m.2, m.3, text, &text_format)
                        .unwrap();
                }
                continue;
            }
            match cell {
                C::E => {}
                C::T(text) => {
                    sheet
                        .write_string_with_format(r, c, *text, &text_format)
                        .unwrap();
                }
                C::N(n) => {
                    sheet.write_number(r, c, *n).unwrap();
                }
                C::P(n) => {
                    sheet.write_number_with_format(r, c, *n, &percent).unwrap();
                }
            }
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// Text as Windows-1258 writes it: each letter with its other marks, then its tone mark apart
/// (the code page has no precomposed toned letters beyond a few).
pub fn windows_1258(text: &str) -> Vec<u8> {
    let tone = |c: &char| matches!(c, '\u{300}' | '\u{301}' | '\u{303}' | '\u{309}' | '\u{323}');
    let detoned: String = text
        .chars()
        .flat_map(|c| {
            let parts: Vec<char> = std::iter::once(c).nfd().collect();
            let base: String = parts.iter().filter(|c| !tone(c)).collect();
            let mut out: Vec<char> = base.nfc().collect();
            out.extend(parts.iter().filter(|c| tone(c)));
            out
        })
        .collect();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&detoned);
    assert!(!unmappable, "every letter is in Windows-1258");
    bytes.into_owned()
}

/// Text as Excel's "Unicode text": UTF-16 little-endian with a byte-order mark.
pub fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

/// The usual report of a commune: title rows, a one-row header "STT | Chỉ tiêu | ĐVT | Kế hoạch
/// năm 2025 | Thực hiện đến 31/12/2025 | Tỷ lệ so với KH (%)", bold section rows with roman
/// numerals, numbers typed as text with %, ≤, ≥, "trên", a note and signatures under the table.
pub fn report_one_row_header() -> Vec<u8> {
    use C::{E, N, T};
    let rows = vec![
        vec![T("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH XANH")],
        vec![T(
            "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025",
        )],
        vec![T(
            "(Kèm theo Báo cáo số 125/BC-UBND ngày 05/10/2025 của UBND xã)",
        )],
        vec![],
        vec![
            T("STT"),
            T("Chỉ tiêu"),
            T("ĐVT"),
            T("Kế hoạch năm 2025"),
            T("Thực hiện đến 31/12/2025"),
            T("Tỷ lệ so với KH (%)"),
        ],
        vec![T("I"), T("NỀN TẢNG CHUNG")],
        vec![
            N(1.0),
            T("Số Tổ công nghệ số cộng đồng"),
            T("Tổ"),
            N(12.0),
            N(12.0),
            T("100%"),
        ],
        vec![
            N(2.0),
            T("Tỷ lệ hộ gia đình có Internet băng rộng cáp quang"),
            T("%"),
            T("≥ 85%"),
            T("84,5%"),
            T("99,4"),
        ],
        vec![T("II"), T("CHÍNH QUYỀN SỐ")],
        vec![
            N(3.0),
            T("Tỷ lệ hồ sơ TTHC giải quyết quá hạn (trễ hạn)"),
            T("%"),
            T("≤ 2"),
            T("1,5"),
            E,
        ],
        vec![
            N(4.0),
            T("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến"),
            T("%"),
            T("trên 86"),
            T("100% (đạt)"),
            T("116,3"),
        ],
        vec![
            N(5.0),
            T("Tỷ lệ hồ sơ trả lại do sai sót"),
            T("%"),
            T("≤ 5"),
            T("3,2"),
            E,
        ],
        vec![T("III"), T("KINH TẾ SỐ")],
        vec![
            N(6.0),
            T("Số hợp tác xã bán hàng trên sàn thương mại điện tử"),
            T("HTX"),
            N(5.0),
            N(3.0),
            T("60"),
        ],
        vec![],
        vec![T(
            "Ghi chú: Số liệu thực hiện năm 2025 là số ước tính đến 31/12/2025.",
        )],
        vec![E, E, E, T("Hòa Bình Xanh, ngày 05 tháng 10 năm 2025")],
        vec![T("NGƯỜI LẬP BIỂU"), E, E, T("CHỦ TỊCH")],
        vec![T("Nguyễn Văn An"), E, E, T("Trần Thị Bình")],
    ];
    let merges = [(0, 0, 0, 5), (1, 0, 1, 5), (2, 0, 2, 5)];
    xlsx("Biểu 01", &rows, &merges, &[1, 4, 5, 8, 12])
}

/// A two-row header with merged cells: "Năm 2025" over "Kế hoạch | Thực hiện", the other
/// headers merged down over both rows, a row of column numbers, sections with letters and
/// roman numerals, percentage-formatted cells, and one row that may be two indicators.
pub fn report_two_row_header() -> Vec<u8> {
    use C::{E, N, P, T};
    let rows = vec![
        vec![T("KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025")],
        vec![],
        vec![
            T("STT"),
            T("Nội dung chỉ tiêu"),
            T("Đơn vị tính"),
            T("Năm 2025"),
            E,
            T("Ghi chú"),
        ],
        vec![E, E, E, T("Kế hoạch"), T("Thực hiện"), E],
        vec![T("(1)"), T("(2)"), T("(3)"), T("(4)"), T("(5)"), T("(6)")],
        vec![T("A"), T("CHỈ TIÊU CHUNG")],
        vec![T("I"), T("Chính quyền số")],
        vec![
            N(1.0),
            T("Tỷ lệ hồ sơ công việc cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật)"),
            T("%"),
            P(0.9),
            P(0.632),
            E,
        ],
        vec![
            N(2.0),
            T("Tỷ lệ hồ sơ TTHC giải quyết đúng hạn"),
            T("%"),
            P(0.95),
            P(0.97),
            T("Số liệu từ Hệ thống giải quyết TTHC"),
        ],
        vec![T("a)"), T("Dịch vụ công trực tuyến")],
        vec![
            N(3.0),
            T("Tỷ lệ dân số trưởng thành sử dụng dịch vụ công trực tuyến"),
            T("%"),
            N(50.0),
            T("48,2"),
            E,
        ],
        vec![T("II"), T("Xã hội số")],
        vec![
            N(4.0),
            T("Tỷ lệ người dân có hồ sơ sức khỏe điện tử"),
            T("%"),
            N(90.0),
            N(92.3),
            E,
        ],
        vec![],
        vec![T("Nguồn: Báo cáo của các thôn và Văn phòng HĐND-UBND xã.")],
    ];
    let merges = [
        (0, 0, 0, 5),
        (2, 0, 3, 0),
        (2, 1, 3, 1),
        (2, 2, 3, 2),
        (2, 3, 2, 4),
        (2, 5, 3, 5),
    ];
    xlsx("Tổng hợp", &rows, &merges, &[0, 2, 3, 5, 6, 11])
}

/// Results of several periods in one row, dated by their headers ("TH 6 tháng", "TH 9 tháng",
/// "Ước thực hiện năm 2025") with the year from the title, under a dozen title rows; columns to
/// ignore ("Cùng kỳ 2024", "Đánh giá"); yes/no answers as words.
pub fn report_periods() -> Vec<u8> {
    use C::{E, N, T};
    let mut rows = vec![
        vec![
            T("UBND XÃ HÒA BÌNH XANH"),
            E,
            E,
            E,
            T("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ],
        vec![
            T("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ"),
            E,
            E,
            E,
            T("Độc lập - Tự do - Hạnh phúc"),
        ],
        vec![],
        vec![
            T("Số: 15/BC-BCĐ"),
            E,
            E,
            E,
            T("Hòa Bình Xanh, ngày 10 tháng 10 năm 2025"),
        ],
        vec![],
        vec![T("BÁO CÁO")],
        vec![T(
            "Kết quả thực hiện các chỉ tiêu chuyển đổi số 9 tháng đầu năm 2025",
        )],
        vec![],
        vec![T("Kính gửi: Ban Chỉ đạo chuyển đổi số tỉnh")],
        vec![],
        vec![T("Đơn vị tính: theo từng chỉ tiêu")],
    ];
    rows.push(vec![
        T("TT"),
        T("Tên chỉ tiêu"),
        T("ĐVT"),
        T("KH 2025"),
        T("TH 6 tháng"),
        T("TH 9 tháng"),
        T("Ước thực hiện năm 2025"),
        T("Cùng kỳ 2024"),
        T("Đánh giá"),
    ]);
    rows.extend([
        vec![
            N(1.0),
            T("Tỷ lệ cán bộ, công chức xã được bồi dưỡng, tập huấn kỹ năng số"),
            T("%"),
            N(100.0),
            N(60.0),
            N(85.0),
            N(100.0),
            N(70.0),
            T("Đúng tiến độ"),
        ],
        vec![
            N(2.0),
            T("Xã có đài truyền thanh và hệ thống loa đến các thôn"),
            T("Có/Không"),
            T("Có"),
            T("Chưa đạt"),
            T("Đạt"),
            T("x"),
            T("Không"),
            E,
        ],
        vec![
            N(3.0),
            T("Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)"),
            T("Điểm"),
            N(85.0),
            E,
            T("82,5"),
            E,
            T("78,1"),
            E,
        ],
    ]);
    xlsx("Báo cáo 9 tháng", &rows, &[], &[11])
}

/// A CSV (UTF-8 with a byte-order mark, comma) whose result column has no date in its header;
/// numbers typed "84.5 %", "1.234", "12,5".
pub fn csv_undated() -> Vec<u8> {
    let text = "\u{feff}STT,Chỉ tiêu,ĐVT,Mục tiêu 2025,Kết quả thực hiện,Ghi chú\n\
        1,Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử (VNeID),%,95,84.5 %,\n\
        2,Số lượt truy cập Cổng thông tin điện tử xã,lượt,\"2.000\",\"1.234\",ước tính\n\
        3,Tỷ lệ sản phẩm OCOP của xã được đưa lên sàn thương mại điện tử,%,100,\"12,5\",\n";
    text.as_bytes().to_vec()
}

/// A CSV saved by Excel on a Vietnamese Windows: code page 1258, semicolons.
pub fn csv_windows_1258() -> Vec<u8> {
    windows_1258(
        "BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ NĂM 2025;;;;;\n\
         ;;;;;\n\
         STT;Chỉ tiêu;Đơn vị tính;Kế hoạch năm 2025;Thực hiện 9 tháng đầu năm 2025;Tỷ lệ so với KH (%)\n\
         I;XÃ HỘI SỐ;;;;\n\
         1;Tỷ lệ dân số trưởng thành có điện thoại thông minh;%;85;82,5;97,1\n\
         2;Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân;%;40;31,4;78,5\n\
         II;KINH TẾ SỐ;;;;\n\
         3;Tỷ lệ doanh nghiệp nhỏ và vừa trên địa bàn sử dụng nền tảng số;%;70;65;92,9\n\
         ;;;;;\n\
         Người lập biểu;;;;;\n",
    )
}

/// Excel's "Unicode text" (UTF-16, tabs): "Chỉ tiêu năm 2025", "Lũy kế" without a date, bounds
/// typed as "≥ 80" and "dưới 2" for a new indicator, a section with a capital letter.
pub fn tsv_utf16() -> Vec<u8> {
    utf16(
        "STT\tTên chỉ tiêu\tĐVT\tChỉ tiêu năm 2025\tLũy kế\tGhi chú\r\n\
         A\tNỀN TẢNG CHUNG\t\t\t\t\r\n\
         1\tTỷ lệ nhà văn hóa thôn, tổ dân phố có wifi công cộng\t%\t≥ 80\t75\t\r\n\
         2\tSố sự cố mất an toàn thông tin\tsự cố\tdưới 2\t1\tquý III không có\r\n",
    )
}

/// A semicolon CSV (UTF-8, no byte-order mark) with capital- and small-letter sections, a total
/// row, notes under the table and rows that cannot be read.
pub fn csv_sections_and_notes() -> Vec<u8> {
    "Chỉ tiêu chuyển đổi số quý III năm 2025;;;;\n\
     TT;Chỉ tiêu;ĐVT;Kế hoạch năm 2025;Thực hiện quý III\n\
     A;CHÍNH QUYỀN SỐ;;;\n\
     a;Văn bản điện tử;;;\n\
     1;Tỷ lệ văn bản đi được gửi dưới dạng điện tử, có ký số;%;100;98,5\n\
     2;Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính;%;100;nhiều\n\
     3;Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình;%;80;Đạt\n\
     B;KINH TẾ SỐ;;;\n\
     4;Tỷ lệ doanh nghiệp nhỏ và vừa trên địa bàn sử dụng nền tảng số;%;70;66\n\
     ;Tổng cộng;;;\n\
     (*) Số liệu quý III là số ước.;;;;\n\
     Nguồn: Văn phòng HĐND-UBND xã;;;;\n"
        .as_bytes()
        .to_vec()
}

/// A sheet in English with the result dated in its header.
pub fn english() -> Vec<u8> {
    use C::{N, T};
    let rows = vec![
        vec![
            T("No."),
            T("Indicator"),
            T("Unit"),
            T("Target 2025"),
            T("Result as of 30/09/2025"),
            T("Assessment"),
        ],
        vec![
            N(1.0),
            T("Tỷ lệ hộ gia đình được Tổ công nghệ số cộng đồng hướng dẫn, hỗ trợ"),
            T("%"),
            N(80.0),
            N(71.5),
            T("On track"),
        ],
    ];
    xlsx("Sheet1", &rows, &[], &[0])
}
