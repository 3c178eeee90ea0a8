//! The Vietnamese strings of the filed report and of the "Báo cáo" tab.

use chrono::{Datelike as _, NaiveDate};

use super::DocumentTexts;
use crate::model::{DocumentLayout, SectionKind, SignMode, UnitLevel};

/// A day or month as NĐ 30 writes it: two digits below 10 for days and for months 1 and 2.
fn two_digits(value: u32, pad: bool) -> String {
    if pad && value < 10 {
        format!("0{value}")
    } else {
        value.to_string()
    }
}

fn place_date(place: &str, date: NaiveDate) -> String {
    let day = two_digits(date.day(), true);
    let month = two_digits(date.month(), date.month() < 3);
    let when = format!("ngày {day} tháng {month} năm {}", date.year());
    if place.is_empty() {
        when
    } else {
        format!("{place}, {when}")
    }
}

fn period(month: u32, year: i32) -> String {
    match month {
        12 => format!("năm {year}"),
        3 => format!("quý I năm {year}"),
        1 => format!("tháng 01 năm {year}"),
        _ => format!("{month} tháng đầu năm {year}"),
    }
}

/// The Vietnamese table.
pub static DOCUMENT: DocumentTexts = DocumentTexts {
    national_name: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    party_name: "ĐẢNG CỘNG SẢN VIỆT NAM",
    number_line: |party, number| {
        if party {
            format!("Số {number}")
        } else {
            format!("Số: {number}")
        }
    },
    place_date,
    kind: "BÁO CÁO",
    heading_results: "I. KẾT QUẢ THỰC HIỆN",
    heading_shortcomings: "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
    heading_tasks: "III. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
    heading_proposals: "IV. KIẾN NGHỊ, ĐỀ XUẤT",
    result_overall: "1. Kết quả chung",
    result_by_pillar: "2. Kết quả theo trụ cột",
    result_milestones: "3. Kết quả các mốc mục tiêu đã đến hạn",
    achieved_share: |achieved, total| format!("Số chỉ tiêu đạt và vượt: {achieved}/{total}."),
    attention_sentence: |count| {
        format!(
            "Có {count} chỉ tiêu chậm tiến độ, có nguy cơ không đạt hoặc không đạt mốc gần nhất, cần tập trung chỉ đạo (diễn biến tại Phụ lục)."
        )
    },
    appendix_note: "(Chi tiết kết quả từng chỉ tiêu tại Phụ lục kèm theo.)",
    milestone_judged: |year, achieved, exceeded, judged| {
        let exceeded = if exceeded > 0 {
            format!(" (trong đó {exceeded} chỉ tiêu vượt)")
        } else {
            String::new()
        };
        format!("Mục tiêu năm {year}: {achieved}/{judged} chỉ tiêu đạt{exceeded}.")
    },
    milestone_missed: |names| format!("Chưa đạt: {names}."),
    no_milestone_judged: |next| match next {
        Some(year) => {
            format!("Chưa có mốc mục tiêu nào đến hạn đánh giá; mốc gần nhất là ngày 31/12/{year}.")
        }
        None => "Kế hoạch chưa có mốc mục tiêu để đánh giá.".to_owned(),
    },
    recipients_heading: "Nơi nhận:",
    on_behalf: |layout| match layout {
        DocumentLayout::Administrative => "TM.",
        DocumentLayout::Party => "T/M",
    },
    deputy: |layout| match layout {
        DocumentLayout::Administrative => "KT.",
        DocumentLayout::Party => "K/T",
    },
    appendix_heading: "PHỤ LỤC",
    appendix_title: "Kết quả thực hiện các chỉ tiêu chuyển đổi số",
    appendix_attached: |number, date| format!("(Kèm theo Báo cáo số {number} ngày {date})"),
    charts_heading: "Diễn biến các chỉ tiêu cần tập trung chỉ đạo",
    col_plan: "Mục tiêu / Kế hoạch",
    col_year: |year| format!("Kế hoạch năm {year}"),
    col_milestone: |year| format!("Mốc {year}"),
    col_result: "Thực hiện",
    col_share: "So với chỉ tiêu (%)",
    col_share_year: |year| format!("So với chỉ tiêu {year} (%)"),
    share_with_year: |percent, year| format!("{percent} (chỉ tiêu {year})"),
    col_roadmap: "Mức độ hoàn thành lộ trình (%)",
    level_caps: |level| match level {
        UnitLevel::Province => "TỈNH",
        UnitLevel::Commune => "XÃ",
        UnitLevel::Ward => "PHƯỜNG",
        UnitLevel::SpecialZone => "ĐẶC KHU",
        UnitLevel::District => "HUYỆN",
    },
    period,
    people_committee: "ỦY BAN NHÂN DÂN",
    party_committee_of: |unit| format!("ĐẢNG BỘ {unit}"),
    cell_placeholder: "CHI BỘ …",
    default_number: |layout| match layout {
        DocumentLayout::Administrative => "…/BC-UBND",
        DocumentLayout::Party => "…-BC/CB",
    },
    default_subject: |layout, period| match layout {
        DocumentLayout::Administrative => {
            format!("Kết quả thực hiện Kế hoạch chuyển đổi số {period}")
        }
        DocumentLayout::Party => {
            format!("Kết quả lãnh đạo thực hiện nhiệm vụ chuyển đổi số {period}")
        }
    },
    default_on_behalf: |layout| match layout {
        DocumentLayout::Administrative => "ỦY BAN NHÂN DÂN",
        DocumentLayout::Party => "CHI BỘ",
    },
    default_title: |layout| match layout {
        DocumentLayout::Administrative => "CHỦ TỊCH",
        DocumentLayout::Party => "BÍ THƯ",
    },
    admin_recipients: &[
        "Sở Khoa học và Công nghệ;",
        "Thường trực Đảng ủy xã;",
        "Thường trực HĐND xã;",
        "Chủ tịch, các Phó Chủ tịch UBND xã;",
        "Lưu: VT.",
    ],
    party_recipients: &["Đảng ủy xã (để báo cáo),", "Lưu chi bộ."],
    document_kinds: &[
        ("KH", "Kế hoạch"),
        ("NQ", "Nghị quyết"),
        ("QĐ", "Quyết định"),
        ("CT", "Chỉ thị"),
        ("HD", "Hướng dẫn"),
        ("CTr", "Chương trình"),
        ("ĐA", "Đề án"),
        ("KL", "Kết luận"),
    ],
    generic_kind: "Văn bản",
    basis_reference: |kind, number, date, issuer| {
        let mut text = format!("{kind} số {number}");
        if !date.is_empty() {
            text.push_str(&format!(" ngày {date}"));
        }
        if !issuer.is_empty() {
            text.push_str(&format!(" của {issuer}"));
        }
        text
    },
    draft_opening: |basis, party, unit, period| {
        let who = if party {
            "Chi bộ".to_owned()
        } else {
            format!("Ủy ban nhân dân {unit}")
        };
        let what = if party {
            "kết quả lãnh đạo thực hiện nhiệm vụ chuyển đổi số"
        } else {
            "kết quả thực hiện chuyển đổi số"
        };
        match basis {
            Some(basis) => format!("Thực hiện {basis}; {who} báo cáo {what} {period} như sau:"),
            None => format!("{who} báo cáo {what} {period} như sau:"),
        }
    },
    draft_item: |name, detail| format!("+ {name}: {detail}"),
    draft_attention: |count| {
        format!("- Còn {count} chỉ tiêu chậm tiến độ hoặc có nguy cơ không đạt mục tiêu:")
    },
    draft_missed: |count| format!("- {count} chỉ tiêu không đạt mục tiêu đã đến hạn:"),
    draft_no_data: |count, names| {
        format!("- {count} chỉ tiêu chưa có số liệu để đánh giá: {names}.")
    },
    draft_all_good: "- Các chỉ tiêu đều đạt hoặc đúng tiến độ theo lộ trình.",
    draft_causes: "- Nguyên nhân: (nêu nguyên nhân khách quan, chủ quan).",
    draft_focus: "- Tập trung chỉ đạo các chỉ tiêu chậm tiến độ, chưa đạt:",
    draft_pace: |pace, target, year| format!("{pace} {target} vào cuối năm {year}."),
    draft_reach: |target, year| format!("phấn đấu đạt {target} vào cuối năm {year}."),
    draft_reach_in_year: |total, year| format!("phấn đấu đạt {total} trong năm {year}."),
    draft_set_target: "xác định mục tiêu cụ thể.",
    draft_update_data: |names| {
        format!("- Thu thập, cập nhật số liệu định kỳ các chỉ tiêu chưa có số liệu: {names}.")
    },
    draft_keep: "- Tiếp tục duy trì, nâng cao kết quả các chỉ tiêu đã đạt.",
    draft_support: |names| {
        format!(
            "- Đề nghị cấp trên quan tâm hỗ trợ (kinh phí, hạ tầng, tập huấn) để thực hiện các chỉ tiêu: {names}."
        )
    },
    draft_guidance: "- Đề nghị cơ quan chuyên môn hướng dẫn cách tính và nguồn số liệu của các chỉ tiêu chưa có số liệu.",
    draft_closing: |party, unit, period| {
        if party {
            format!(
                "Trên đây là báo cáo kết quả lãnh đạo thực hiện nhiệm vụ chuyển đổi số {period} của Chi bộ./."
            )
        } else {
            format!(
                "Trên đây là báo cáo kết quả thực hiện chuyển đổi số {period} của Ủy ban nhân dân {unit}./."
            )
        }
    },
    tab: "Báo cáo",
    settings_heading: "Thể thức văn bản",
    layout_label: "Thể thức",
    layout_name: |layout| match layout {
        DocumentLayout::Administrative => "Hành chính (NĐ 30/2020)",
        DocumentLayout::Party => "Đảng (HD 36-HD/VPTW)",
    },
    parent_label: "Cơ quan chủ quản (nếu có)",
    issuer_label: "Tên cơ quan, tổ chức (dòng 1)",
    issuer_unit_label: "Tên cơ quan, tổ chức (dòng 2)",
    number_label: "Số, ký hiệu",
    place_label: "Địa danh",
    date_label: "Ngày văn bản",
    date_hint: "Để trống: ghi ngày xuất báo cáo.",
    subject_label: "Trích yếu",
    sign_mode_label: "Hình thức ký",
    sign_mode_name: |mode| match mode {
        SignMode::OnBehalf => "Thay mặt (TM.)",
        SignMode::Deputy => "Ký thay (KT.)",
        SignMode::Own => "Ký trực tiếp",
    },
    on_behalf_label: "Thay mặt / ký thay cho",
    signer_title_label: "Chức vụ người ký",
    signer_name_label: "Họ và tên người ký",
    recipients_label: "Nơi nhận (mỗi dòng một nơi)",
    sections_heading: "Nội dung báo cáo",
    section_name: |kind| match kind {
        SectionKind::Opening => "Đoạn mở đầu",
        SectionKind::Shortcomings => "Tồn tại, hạn chế và nguyên nhân",
        SectionKind::Tasks => "Nhiệm vụ, giải pháp thời gian tới",
        SectionKind::Proposals => "Kiến nghị, đề xuất",
    },
    empty_section_hint: "Để trống: báo cáo dùng bản soạn thảo từ số liệu.",
    draft_button: "Soạn thảo từ số liệu",
    draft_button_for: |section| format!("Soạn thảo từ số liệu: {section}"),
    replace_title: "Thay đoạn đã viết?",
    replace_question: |section| {
        format!(
            "Mục “{section}” đã có nội dung. Thay bằng bản soạn thảo từ số liệu? (Có thể hoàn tác bằng Ctrl+Z.)"
        )
    },
    replace_confirm: "Thay bằng bản soạn thảo",
    replace_keep: "Giữ đoạn đã viết",
    outline_heading: "Dàn ý văn bản",
    outline_appendix: |tables, charts| {
        format!("Phụ lục (khổ ngang): {tables} bảng theo trụ cột, {charts} biểu đồ diễn biến")
    },
    export_docx: "Xuất báo cáo Word (.docx)…",
    docx_failed: |reason| format!("Không tạo được tệp Word: {reason}"),
};
