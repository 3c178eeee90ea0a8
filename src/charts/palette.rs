//! The status palette: far apart for colour-blind viewers (Okabe–Ito based) and in greyscale
//! (neighbouring statuses differ in lightness). The status is always written too, never colour alone.

use serde::Serialize;

use crate::progress::Status;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The fill colour of a status.
pub fn status_rgb(status: Status) -> Rgb {
    match status {
        Status::Achieved => Rgb(0, 110, 70),
        Status::OnTrack => Rgb(86, 180, 233),
        Status::Behind => Rgb(240, 180, 40),
        Status::AtRisk => Rgb(213, 94, 0),
        Status::Missed => Rgb(110, 20, 40),
        Status::NoData => Rgb(210, 210, 210),
    }
}

/// The colour of text written on [`status_rgb`].
pub fn status_text_rgb(status: Status) -> Rgb {
    match status {
        Status::Achieved | Status::AtRisk | Status::Missed => Rgb(255, 255, 255),
        Status::OnTrack | Status::Behind | Status::NoData => Rgb(0, 0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luma(rgb: Rgb) -> f64 {
        0.299 * f64::from(rgb.0) + 0.587 * f64::from(rgb.1) + 0.114 * f64::from(rgb.2)
    }

    #[test]
    fn statuses_stay_apart_in_greyscale() {
        let mut lumas: Vec<f64> = Status::ALL.iter().map(|s| luma(status_rgb(*s))).collect();
        lumas.sort_by(f64::total_cmp);
        for pair in lumas.windows(2) {
            assert!(pair[1] - pair[0] >= 12.0, "{lumas:?}");
        }
    }
}
