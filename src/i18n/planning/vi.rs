//! Vietnamese next-plan strings.

use super::{AnnualPlanTexts, PlanningTexts};
use crate::planning::StepError;

/// The Vietnamese table.
pub static VI: PlanningTexts = PlanningTexts {
    roll_forward: "Lập kế hoạch giai đoạn mới…",
    roll_forward_hint: "Tạo kế hoạch mới từ một kế hoạch đã tổng kết: giá trị cơ sở là kết quả cuối năm trước, chỉ tiêu năm 2030 được mang sang, số liệu cũ ở lại tệp cũ",
    roll_intro: |file, cutoff| {
        format!(
            "Từ tệp «{file}»: giá trị cơ sở của mỗi chỉ tiêu là số liệu cuối cùng đến hết ngày {cutoff}. Số liệu các năm trước ở lại tệp cũ; tệp mới ghi tên tệp cũ là kế hoạch trước."
        )
    },
    first_year: "Năm bắt đầu",
    roll_columns: [
        "Chỉ tiêu",
        "Giá trị cơ sở mới",
        "Chỉ tiêu mang sang",
        "Chỉ tiêu đã đạt",
    ],
    baseline_taken: |value, date| format!("{value} ({date})"),
    baseline_missing: "Chưa có số liệu — để trống",
    missing_list: |count, cutoff| {
        format!("{count} chỉ tiêu chưa có số liệu đến hết ngày {cutoff}, giá trị cơ sở để trống:")
    },
    no_new_targets: "Chưa có chỉ tiêu cho giai đoạn mới",
    carried: |year, value| format!("Năm {year}: {value}"),
    targets_left: |count| format!("{count} chỉ tiêu các năm trước ở lại tệp cũ"),
    raise_of: |year, value| format!("Nâng chỉ tiêu năm {year} (đang là {value}, đã đạt) lên"),
    raise_value_of: |name| format!("Chỉ tiêu nâng lên của «{name}»"),
    nothing_to_raise: "—",
    met_kept: "Đã đạt; giữ nguyên (không còn mức cao hơn)",
    steps_choice: "Lộ trình từng năm",
    steps_none: "Không điền",
    create: "Tạo kế hoạch",
    created: |first, last, missing| {
        let missing = if missing == 0 {
            String::new()
        } else {
            format!(" {missing} chỉ tiêu chưa có giá trị cơ sở.")
        };
        format!(
            "Đã lập kế hoạch giai đoạn {first}–{last}.{missing} Nhấn Ctrl+S để lưu thành tệp mới."
        )
    },
    plan_title: |unit, first, last| {
        format!("Kế hoạch chuyển đổi số {unit} giai đoạn {first}–{last}")
    },
    baseline_source: |year, file| format!("Kết quả năm {year} — {file}"),
    raised_source: |year| {
        format!("Đề xuất: nâng chỉ tiêu đã đạt trong năm {year} khi lập kế hoạch giai đoạn mới")
    },
    step_source: |method, last| {
        format!("Lộ trình từng năm ({method}) từ giá trị cơ sở tới chỉ tiêu năm {last}")
    },
    file_name: |first, last| format!("ke-hoach-{first}-{last}.ron"),
    baseline_source_field: "Nguồn giá trị cơ sở",
    predecessor: |file| format!("Lập từ kế hoạch trước: {file}"),
    steps_heading: "Lộ trình từng năm",
    methods: ["đều mỗi năm", "cùng tốc độ tăng mỗi năm"],
    method_field: "Cách chia lộ trình",
    fill_years: |first, last| {
        if first == last {
            format!("Điền chỉ tiêu năm {first}")
        } else {
            format!("Điền chỉ tiêu các năm {first}–{last}")
        }
    },
    step_error: |error| match error {
        StepError::NoBaseline => "Cần giá trị cơ sở để chia lộ trình.",
        StepError::NoFinalTarget => "Cần một chỉ tiêu sau năm của giá trị cơ sở (ví dụ năm 2030).",
        StepError::NoYearBetween => {
            "Không còn năm nào giữa giá trị cơ sở và chỉ tiêu cuối để chia."
        }
        StepError::YesNo => {
            "Chỉ tiêu Có/Không chưa đạt không chia theo năm: đặt chỉ tiêu của năm sẽ đạt."
        }
        StepError::GrowthFromZero => {
            "Tăng cùng tốc độ cần giá trị cơ sở và chỉ tiêu cuối lớn hơn 0; hãy chọn «đều mỗi năm»."
        }
    },
    backwards: |year, value, previous_year, previous| {
        format!("Chỉ tiêu năm {year} ({value}) thụt lùi so với năm {previous_year} ({previous}).")
    },
    past_final: |year, value, final_year, final_value| {
        format!(
            "Chỉ tiêu năm {year} ({value}) đã vượt chỉ tiêu năm {final_year} ({final_value}): lộ trình không dẫn tới chỉ tiêu cuối mà phải thụt lùi."
        )
    },
    missing_year: |year, final_year| {
        format!("Lộ trình thiếu chỉ tiêu năm {year} trên đường tới năm {final_year}.")
    },
    field_task: "Nhiệm vụ, giải pháp",
    field_due: "Thời hạn",
    annual_fields_hint: "Ghi để in vào kế hoạch năm (cột Nhiệm vụ, Cơ quan chủ trì, Thời hạn).",
    cli_raised: |year, from, to| format!("nâng chỉ tiêu năm {year}: {from} → {to}"),
    document: &DOCUMENT,
};

static DOCUMENT: AnnualPlanTexts = AnnualPlanTexts {
    export_pdf: "Xuất kế hoạch năm (PDF)…",
    export_docx: "Xuất kế hoạch năm (Word)…",
    export_tip: "Kế hoạch chuyển đổi số của năm báo cáo: chỉ tiêu năm so với kết quả năm trước và chỉ tiêu năm 2030, nhiệm vụ, cơ quan chủ trì, thời hạn",
    written: |path| format!("Đã ghi kế hoạch năm: {path}"),
    file_stem: |year| format!("ke-hoach-chuyen-doi-so-nam-{year}"),
    kind: "KẾ HOẠCH",
    subject: |year| format!("Chuyển đổi số năm {year}"),
    heading_purpose: "I. MỤC ĐÍCH, YÊU CẦU",
    purpose: |unit, year, last| {
        format!(
            "Cụ thể hóa các mục tiêu chuyển đổi số của {unit} đến năm {last} thành chỉ tiêu, nhiệm vụ của năm {year}; phân công rõ cơ quan chủ trì, thời hạn hoàn thành.\nViệc thực hiện phải bám sát chỉ tiêu được giao, lấy kết quả đo được làm căn cứ đánh giá; số liệu được cập nhật định kỳ hằng quý và tổng kết vào cuối năm."
        )
    },
    heading_targets: |year| format!("II. CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM {year}"),
    targets_text: |count, year| {
        format!(
            "Năm {year}, phấn đấu thực hiện {count} chỉ tiêu chuyển đổi số (chi tiết tại Phụ lục kèm theo), gồm:"
        )
    },
    pillar_line: |pillar, count| format!("- {pillar}: {count} chỉ tiêu."),
    heading_tasks: "III. NHIỆM VỤ, GIẢI PHÁP",
    task_line: |task, lead, due| {
        let mut line = format!("- {task}");
        if !lead.is_empty() {
            line.push_str(&format!(" Chủ trì: {lead}."));
        }
        if !due.is_empty() {
            line.push_str(&format!(" Thời hạn: {due}."));
        }
        line
    },
    no_tasks: "(Ghi nhiệm vụ, giải pháp của từng chỉ tiêu trong ô «Nhiệm vụ, giải pháp» của chỉ tiêu.)",
    heading_organisation: "IV. TỔ CHỨC THỰC HIỆN",
    organisation: |unit| {
        format!(
            "Các cơ quan, đơn vị được giao chủ trì căn cứ Kế hoạch này xây dựng kế hoạch chi tiết, triển khai thực hiện và báo cáo kết quả định kỳ hằng quý về Ủy ban nhân dân {unit} (qua bộ phận phụ trách chuyển đổi số) để tổng hợp.\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh kịp thời để xem xét, điều chỉnh."
        )
    },
    organisation_party: "Các đồng chí đảng viên được phân công chủ trì căn cứ Kế hoạch này triển khai thực hiện và báo cáo kết quả tại kỳ sinh hoạt chi bộ hằng quý; chi ủy (bí thư chi bộ) theo dõi, đôn đốc và tổng hợp.\nTrong quá trình thực hiện, nếu có khó khăn, vướng mắc, đảng viên báo cáo kịp thời để chi bộ xem xét, điều chỉnh.",
    appendix_title: |year| format!("Chỉ tiêu chuyển đổi số năm {year}"),
    attached: |number, date| format!("(Kèm theo Kế hoạch số {number} ngày {date})"),
    columns: |last_year, year, final_year| {
        [
            "STT".to_owned(),
            "Chỉ tiêu".to_owned(),
            "Đơn vị tính".to_owned(),
            format!("Kết quả năm {last_year}"),
            format!("Chỉ tiêu năm {year}"),
            format!("Chỉ tiêu năm {final_year}"),
            "Nhiệm vụ, giải pháp".to_owned(),
            "Cơ quan chủ trì".to_owned(),
            "Thời hạn".to_owned(),
        ]
    },
};
