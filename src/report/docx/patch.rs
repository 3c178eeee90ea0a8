//! What docx-rs cannot say, added to the document XML before it is packed: header rows that
//! repeat on every page (`w:tblHeader`).

use super::appendix::HEADER_ROW_MARK;

/// The row property docx-rs writes for the rows marked as header rows.
fn marker() -> String {
    format!("<w:trHeight w:val=\"{HEADER_ROW_MARK}\" w:hRule=\"atLeast\" />")
}

/// `document` (the XML of word/document.xml) with every marked header row repeating.
pub fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(document) else {
        return document.to_vec();
    };
    text.replace(&marker(), "<w:cantSplit /><w:tblHeader />")
        .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_becomes_a_repeated_header() {
        let xml = format!("<w:tr><w:trPr>{}</w:trPr></w:tr>", marker());
        let patched = String::from_utf8(repeat_header_rows(xml.as_bytes())).unwrap_or_default();
        assert_eq!(
            patched,
            "<w:tr><w:trPr><w:cantSplit /><w:tblHeader /></w:trPr></w:tr>"
        );
    }
}
