//! The words of the sentences written from the data — progress, pace, verdicts, forecast, the
//! report's summary — and the names of the two figures, one table per language ([`VI`] and
//! [`EN`]), reached through [`super::Texts::sentences`]. Only [`crate::sentences`] puts them
//! together.

/// Sentence strings of one language.
pub struct SentenceTexts {
    /// Column and label "So với chỉ tiêu (%)": result ÷ target.
    pub share_of_target_name: &'static str,
    /// Column and label "Mức độ hoàn thành lộ trình": the baseline-to-target share.
    pub roadmap_name: &'static str,
    /// How the two figures are computed (a tooltip).
    pub figures_hint: &'static str,
    /// A status with the latest judged milestone's verdict beside it: status, year, verdict.
    pub status_with_verdict: fn(&str, i32, &str) -> String,
    /// The verdict of a milestone alone: year, verdict.
    pub verdict_of_year: fn(i32, &str) -> String,
    /// Result compared with the target: value, share of the target, target year, target value.
    pub result_with_share: fn(&str, &str, i32, &str) -> String,
    /// Result beside the target, when "so với chỉ tiêu" has no meaning: value, year, target.
    pub result_against_target: fn(&str, i32, &str) -> String,
    /// The same two for a per-year total (lũy kế từ đầu năm).
    pub year_to_date_with_share: fn(&str, &str, i32, &str) -> String,
    /// Per-year total beside its target: value, year, target.
    pub year_to_date_against_target: fn(&str, i32, &str) -> String,
    /// A rank as a value in a sentence: the place.
    pub rank_value: fn(&str) -> String,
    /// A yes/no task done.
    pub task_done: &'static str,
    /// A yes/no task not done yet.
    pub task_not_done: &'static str,
    /// "lũy kế từ đầu năm" (year to date), where a value's kind is said.
    pub year_to_date: &'static str,
    /// The share of the way from the baseline: percent.
    pub roadmap_part: fn(&str) -> String,
    /// Target met.
    pub target_met: &'static str,
    /// Target exceeded.
    pub target_exceeded: &'static str,
    /// Target missed at its deadline: year.
    pub target_missed: fn(i32) -> String,
    /// A yes/no task still to do: deadline date.
    pub finish_before: fn(&str) -> String,
    /// Pace needed each year: increase?, amount, unit.
    pub pace_per_year: fn(bool, &str, &str) -> String,
    /// A rank's pace: places to climb each year.
    pub rank_pace_per_year: fn(&str) -> String,
    /// Less than a year left: increase?, amount still missing, unit, time left.
    pub still_missing: fn(bool, &str, &str, &str) -> String,
    /// Less than a year left for a rank: places still to climb, time left.
    pub rank_still_missing: fn(&str, &str) -> String,
    /// An index's (0–1) pace: increase?, amount each year.
    pub index_pace_per_year: fn(bool, &str) -> String,
    /// Less than a year left for an index (0–1): increase?, amount still missing, time left.
    pub index_still_missing: fn(bool, &str, &str) -> String,
    /// Time left in months.
    pub months_left: fn(i64) -> String,
    /// Time left in days.
    pub days_left: fn(i64) -> String,
    /// "about" before a rounded amount.
    pub about: &'static str,
    /// Unit of a change of a percent.
    pub percent_points: &'static str,
    /// Unit of a change of a score.
    pub points: &'static str,
    /// Unit of a change of a rank.
    pub ranks: &'static str,
    /// Endings of a count's unit word that already say "per year" ("lần/năm").
    pub per_year_endings: &'static [&'static str],
    /// No target yet.
    pub no_target: &'static str,
    /// No value yet (the one phrase for "no data").
    pub no_value: &'static str,
    /// Forecast: target year, projected value.
    pub forecast: fn(i32, &str) -> String,
    /// Forecast: the target is reached in time (month/year).
    pub forecast_reach: fn(&str) -> String,
    /// Forecast: the target is reached, but after its deadline (month/year).
    pub forecast_late: fn(&str) -> String,
    /// Forecast: not reached at the current pace.
    pub forecast_never: &'static str,
    /// A judged milestone: year, target, verdict, the value judged (with its date).
    pub verdict_line: fn(i32, &str, &str, &str) -> String,
    /// A value with its date: value, date.
    pub value_on: fn(&str, &str) -> String,
    /// Report summary: the plan and its indicator count: unit, count.
    pub plan_sentence: fn(&str, usize) -> String,
    /// Report summary: the counts by status at the reporting date: date, parts.
    pub as_of_counts: fn(&str, &str) -> String,
    /// One count of the summary: count, status name.
    pub count_part: fn(usize, &str) -> String,
    /// How many of the achieved ones exceeded their target.
    pub exceeded_part: fn(usize) -> String,
    /// Achieved and exceeded out of all: achieved, total.
    pub achieved_of_total: fn(usize, usize) -> String,
    /// Verdict of a judged milestone over the plan: year, achieved count, judged count.
    pub milestone_sentence: fn(i32, usize, usize) -> String,
    /// No indicator needs attention (behind, at risk or missed).
    pub no_attention: &'static str,
}

/// The Vietnamese sentence strings.
pub static VI: SentenceTexts = SentenceTexts {
    share_of_target_name: "So với chỉ tiêu (%)",
    roadmap_name: "Mức độ hoàn thành lộ trình",
    figures_hint: "So với chỉ tiêu = kết quả ÷ mục tiêu × 100 (như “đạt 79% kế hoạch”). Mức độ hoàn thành lộ trình = (kết quả − giá trị cơ sở) ÷ (mục tiêu − giá trị cơ sở): quãng đường đã đi từ giá trị cơ sở đến mục tiêu; trạng thái được đánh giá theo con số này.",
    status_with_verdict: |status, year, verdict| format!("{status} · {year}: {verdict}"),
    verdict_of_year: |year, verdict| format!("{year}: {verdict}"),
    result_with_share: |value, share, year, target| {
        format!("Kết quả {value}, đạt {share} so với chỉ tiêu năm {year} ({target})")
    },
    result_against_target: |value, year, target| {
        format!("Kết quả {value}, mục tiêu năm {year} là {target}")
    },
    year_to_date_with_share: |value, share, year, target| {
        format!("Lũy kế từ đầu năm {value}, đạt {share} so với chỉ tiêu năm {year} ({target})")
    },
    year_to_date_against_target: |value, year, target| {
        format!("Lũy kế từ đầu năm {value}, mục tiêu năm {year} là {target}")
    },
    rank_value: |place| format!("hạng {place}"),
    task_done: "Đã hoàn thành",
    task_not_done: "Chưa hoàn thành",
    year_to_date: "lũy kế từ đầu năm",
    roadmap_part: |percent| format!("hoàn thành {percent} lộ trình"),
    target_met: "đã đạt mục tiêu",
    target_exceeded: "đã vượt mục tiêu",
    target_missed: |year| format!("không đạt mục tiêu năm {year}"),
    finish_before: |date| format!("cần hoàn thành trước {date}"),
    pace_per_year: |up, amount, unit| {
        let verb = if up { "tăng" } else { "giảm" };
        format!("cần {verb} {amount} {unit} mỗi năm để đạt")
    },
    rank_pace_per_year: |places| format!("cần tăng {places} bậc mỗi năm để đạt"),
    still_missing: |up, amount, unit, left| {
        if up {
            format!("còn thiếu {amount} {unit}, còn {left}")
        } else {
            format!("cần giảm thêm {amount} {unit}, còn {left}")
        }
    },
    rank_still_missing: |places, left| format!("cần tăng {places} bậc, còn {left}"),
    index_pace_per_year: |up, amount| {
        let verb = if up { "tăng" } else { "giảm" };
        format!("chỉ số cần {verb} {amount} mỗi năm để đạt")
    },
    index_still_missing: |up, amount, left| {
        if up {
            format!("chỉ số còn thiếu {amount}, còn {left}")
        } else {
            format!("chỉ số cần giảm thêm {amount}, còn {left}")
        }
    },
    months_left: |months| format!("{months} tháng"),
    days_left: |days| format!("{days} ngày"),
    about: "khoảng",
    percent_points: "điểm phần trăm",
    points: "điểm",
    ranks: "bậc",
    per_year_endings: &["/năm", "/ năm", " mỗi năm", " trong năm"],
    no_target: "Chưa có mục tiêu: thêm mốc năm ở phần Mục tiêu.",
    no_value: "Chưa có số liệu.",
    forecast: |year, value| format!("Dự báo theo xu hướng: cuối năm {year} đạt khoảng {value}"),
    forecast_reach: |when| format!("sẽ đạt mục tiêu vào khoảng tháng {when}"),
    forecast_late: |when| format!("chỉ đạt mục tiêu vào khoảng tháng {when}, sau thời hạn"),
    forecast_never: "sẽ không đạt nếu giữ tốc độ hiện tại",
    verdict_line: |year, target, verdict, judged| {
        format!("Mục tiêu năm {year} ({target}): {verdict}; kết quả {judged}.")
    },
    value_on: |value, date| format!("{value} ngày {date}"),
    plan_sentence: |unit, count| format!("Kế hoạch chuyển đổi số của {unit} có {count} chỉ tiêu."),
    as_of_counts: |date, parts| format!("Tính đến ngày {date}: {parts}."),
    count_part: |count, status| format!("{count} chỉ tiêu {}", status.to_lowercase()),
    exceeded_part: |count| format!("trong đó {count} chỉ tiêu vượt"),
    achieved_of_total: |achieved, total| format!("Số chỉ tiêu đạt và vượt: {achieved}/{total}."),
    milestone_sentence: |year, achieved, judged| {
        format!("Mục tiêu năm {year}: {achieved}/{judged} chỉ tiêu đạt.")
    },
    no_attention: "Không có chỉ tiêu nào chậm tiến độ, có nguy cơ không đạt hoặc không đạt.",
};

/// The English sentence strings.
pub static EN: SentenceTexts = SentenceTexts {
    share_of_target_name: "Against target (%)",
    roadmap_name: "Share of roadmap",
    figures_hint: "Against target = result ÷ target × 100 (as in “79% of plan”). Share of roadmap = (result − baseline) ÷ (target − baseline): the share of the way from the baseline to the target; the status is judged on this figure.",
    status_with_verdict: |status, year, verdict| format!("{status} · {year}: {verdict}"),
    verdict_of_year: |year, verdict| format!("{year}: {verdict}"),
    result_with_share: |value, share, year, target| {
        format!("The result, {value}, is {share} of the {year} target ({target})")
    },
    result_against_target: |value, year, target| {
        format!("The result is {value}; the {year} target is {target}")
    },
    year_to_date_with_share: |value, share, year, target| {
        format!("The year-to-date total, {value}, is {share} of the {year} target ({target})")
    },
    year_to_date_against_target: |value, year, target| {
        format!("The year-to-date total is {value}; the {year} target is {target}")
    },
    rank_value: |place| format!("rank {place}"),
    task_done: "Done",
    task_not_done: "Not done yet",
    year_to_date: "year to date",
    roadmap_part: |percent| format!("{percent} of the way from the baseline"),
    target_met: "target met",
    target_exceeded: "target exceeded",
    target_missed: |year| format!("the {year} target was missed"),
    finish_before: |date| format!("to be done by {date}"),
    pace_per_year: |up, amount, unit| {
        let verb = if up { "rise" } else { "fall" };
        format!("it must {verb} by {amount} {unit} a year to get there")
    },
    rank_pace_per_year: |places| format!("it must climb {places} places a year to get there"),
    still_missing: |up, amount, unit, left| {
        if up {
            format!("{amount} {unit} still missing, {left} left")
        } else {
            format!("{amount} {unit} still to cut, {left} left")
        }
    },
    rank_still_missing: |places, left| format!("{places} places still to climb, {left} left"),
    index_pace_per_year: |up, amount| {
        let verb = if up { "rise" } else { "fall" };
        format!("the index must {verb} by {amount} a year to get there")
    },
    index_still_missing: |up, amount, left| {
        if up {
            format!("the index is {amount} short, {left} left")
        } else {
            format!("the index must still fall by {amount}, {left} left")
        }
    },
    months_left: |months| {
        if months == 1 {
            "1 month".to_owned()
        } else {
            format!("{months} months")
        }
    },
    days_left: |days| {
        if days == 1 {
            "1 day".to_owned()
        } else {
            format!("{days} days")
        }
    },
    about: "about",
    percent_points: "percentage points",
    points: "points",
    ranks: "places",
    per_year_endings: &["/năm", "/ năm", "/year", " per year", " a year"],
    no_target: "No target yet: add a milestone year under Targets.",
    no_value: "No data yet.",
    forecast: |year, value| format!("Trend forecast: about {value} at the end of {year}"),
    forecast_reach: |when| format!("the target would be reached around {when}"),
    forecast_late: |when| {
        format!("the target would only be reached around {when}, after the deadline")
    },
    forecast_never: "the target will be missed at the current pace",
    verdict_line: |year, target, verdict, judged| {
        format!("{year} target ({target}): {verdict}; result {judged}.")
    },
    value_on: |value, date| format!("{value} on {date}"),
    plan_sentence: |unit, count| {
        format!("The digital-transformation plan of {unit} has {count} indicators.")
    },
    as_of_counts: |date, parts| format!("As of {date}: {parts}."),
    count_part: |count, status| format!("{count} {}", status.to_lowercase()),
    exceeded_part: |count| format!("{count} of them exceeded"),
    achieved_of_total: |achieved, total| {
        format!("Indicators achieved or exceeded: {achieved}/{total}.")
    },
    milestone_sentence: |year, achieved, judged| {
        format!("{year} targets: {achieved} of {judged} indicators achieved.")
    },
    no_attention: "No indicator is behind schedule, at risk or missed.",
};
