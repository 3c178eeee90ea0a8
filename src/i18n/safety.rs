//! The strings of the safeguards against wrong or lost values: unit rules of a value, the
//! reporting-date question of the period grid, recovery copies of several windows, a file changed
//! on disk and a plan open in another window. One table per language ([`VI`], [`EN`]), reached
//! through [`super::Texts::safety`].

/// Safeguard strings of one language.
pub struct SafetyTexts {
    /// A numerator or denominator typed for a yes/no indicator.
    pub ratio_on_yes_no: &'static str,
    /// Under the grid when a cell blocks applying.
    pub entry_blocked: &'static str,
    /// Instead of the reporting-date checkbox when the period ends after today: the end date.
    pub entry_future_note: fn(&str) -> String,
    /// Heading of the reporting-date question.
    pub future_title: &'static str,
    /// Under the plan's reporting date when a day still to come is typed: that day, today.
    pub plan_future_question: fn(&str, &str) -> String,
    /// Sets the plan's reporting date to the day still to come typed: that day.
    pub plan_future_set: fn(&str) -> String,
    /// The question: the period's end, today, the current reporting date.
    pub future_question: fn(&str, &str, &str) -> String,
    /// Answer: move the reporting date to the period's end and apply.
    pub future_move: fn(&str) -> String,
    /// Answer: apply and keep the current reporting date.
    pub future_keep: fn(&str) -> String,
    /// Answer: go back to the grid.
    pub future_back: &'static str,
    /// Recovery window: how many plans were left unsaved.
    pub recovery_intro: fn(usize) -> String,
    /// One recovery copy: file or plan name, unit, when it was written.
    pub recovery_item: fn(&str, &str, &str) -> String,
    /// A recovery copy that cannot be read: its file, the reason.
    pub recovery_unreadable: fn(&str, &str) -> String,
    /// Recovery window: close and ask again at the next start.
    pub recovery_later: &'static str,
    /// Heading of the question when the file changed on disk.
    pub conflict_title: &'static str,
    /// The question: the file's name.
    pub conflict_question: fn(&str) -> String,
    /// Answer: write over their version.
    pub conflict_overwrite: &'static str,
    /// Answer: save mine under another name.
    pub conflict_save_as: &'static str,
    /// Answer: open their version and drop my changes.
    pub conflict_reopen: &'static str,
    /// The plan is open in another window: file, who (may be empty), since when (may be empty).
    pub in_use: fn(&str, &str, &str) -> String,
    /// A lock left by a window that ended without closing (a crash): file.
    pub stale_lock: fn(&str) -> String,
    /// Closes a notice.
    pub dismiss: &'static str,
}

/// " (who, when)", leaving out what is not known.
fn details(who: &str, when: &str) -> String {
    let known: Vec<&str> = [who, when].into_iter().filter(|s| !s.is_empty()).collect();
    if known.is_empty() {
        String::new()
    } else {
        format!(" ({})", known.join(", "))
    }
}

/// Tiếng Việt.
pub static VI: SafetyTexts = SafetyTexts {
    ratio_on_yes_no: "chỉ tiêu Có/Không không có tử số, mẫu số",
    entry_blocked: "Có ô không hợp lệ (viền đỏ): sửa trước khi áp dụng.",
    entry_future_note: |end| {
        format!(
            "Kỳ này kết thúc ngày {end}, sau hôm nay: khi áp dụng sẽ hỏi có chuyển ngày báo cáo hay không."
        )
    },
    future_title: "Chuyển ngày báo cáo sang ngày chưa đến?",
    plan_future_question: |date, today| {
        format!(
            "Ngày {date} chưa đến (hôm nay là {today}). Đặt ngày tính số liệu của kế hoạch là {date}? Mọi chỉ tiêu sẽ được đánh giá như thể đã đến ngày đó."
        )
    },
    plan_future_set: |date| format!("Đặt ngày {date}"),
    future_question: |end, today, as_of| {
        format!(
            "Số liệu kỳ này ghi ngày {end}, sau hôm nay ({today}). Chuyển ngày báo cáo của kế hoạch từ {as_of} sang {end}? Nếu giữ {as_of}, số liệu ghi ngày {end} chỉ được tính từ ngày đó."
        )
    },
    future_move: |end| format!("Chuyển sang {end} và áp dụng"),
    future_keep: |as_of| format!("Áp dụng, giữ ngày báo cáo {as_of}"),
    future_back: "Quay lại",
    recovery_intro: |count| {
        format!(
            "Lần trước Lộ Trình đóng khi còn {count} kế hoạch chưa lưu. Chọn bản muốn khôi phục; bản nào chưa chọn vẫn được giữ và hỏi lại lần sau."
        )
    },
    recovery_item: |name, unit, time| format!("{name} — {unit}, tự động lưu lúc {time}"),
    recovery_unreadable: |file, reason| format!("{file}: không đọc được ({reason})"),
    recovery_later: "Để sau",
    conflict_title: "Tệp đã bị thay đổi",
    conflict_question: |file| {
        format!(
            "Tệp “{file}” đã được lưu từ một cửa sổ khác hoặc bởi người khác sau khi bạn mở. Nếu ghi đè, thay đổi của họ sẽ mất."
        )
    },
    conflict_overwrite: "Ghi đè bản của họ",
    conflict_save_as: "Lưu bản của tôi thành tệp khác…",
    conflict_reopen: "Mở bản của họ (bỏ thay đổi của tôi)",
    in_use: |file, who, since| {
        let when = if since.is_empty() {
            String::new()
        } else {
            format!("từ {since}")
        };
        let details = details(who, &when);
        format!(
            "“{file}” đang được mở ở một cửa sổ khác{details}. Nếu cả hai cùng sửa, khi lưu chương trình sẽ hỏi trước khi ghi đè."
        )
    },
    stale_lock: |file| {
        format!(
            "Bỏ qua tệp khóa cũ của “{file}” (lần trước chương trình không đóng bình thường, có thể do mất điện)."
        )
    },
    dismiss: "Đã hiểu",
};

/// English.
pub static EN: SafetyTexts = SafetyTexts {
    ratio_on_yes_no: "a yes/no indicator has no numerator or denominator",
    entry_blocked: "Some cells are invalid (red border): fix them before applying.",
    entry_future_note: |end| {
        format!(
            "This period ends on {end}, after today: applying will ask whether to move the reporting date."
        )
    },
    future_title: "Move the reporting date to a day still to come?",
    plan_future_question: |date, today| {
        format!(
            "{date} has not come yet (today is {today}). Make it the plan's reporting date? Every indicator will be judged as if that day had come."
        )
    },
    plan_future_set: |date| format!("Set {date}"),
    future_question: |end, today, as_of| {
        format!(
            "The values of this period are dated {end}, after today ({today}). Move the plan's reporting date from {as_of} to {end}? If you keep {as_of}, values dated {end} only count from that day."
        )
    },
    future_move: |end| format!("Move to {end} and apply"),
    future_keep: |as_of| format!("Apply, keep the reporting date {as_of}"),
    future_back: "Go back",
    recovery_intro: |count| {
        format!(
            "Last time Lộ Trình closed with {count} unsaved plan(s). Choose what to restore; copies you do not choose are kept and offered again next time."
        )
    },
    recovery_item: |name, unit, time| format!("{name} — {unit}, saved automatically at {time}"),
    recovery_unreadable: |file, reason| format!("{file}: cannot be read ({reason})"),
    recovery_later: "Later",
    conflict_title: "The file has changed",
    conflict_question: |file| {
        format!(
            "“{file}” was saved from another window or by someone else after you opened it. Overwriting it loses their changes."
        )
    },
    conflict_overwrite: "Overwrite their version",
    conflict_save_as: "Save mine under another name…",
    conflict_reopen: "Open their version (drop my changes)",
    in_use: |file, who, since| {
        let when = if since.is_empty() {
            String::new()
        } else {
            format!("since {since}")
        };
        let details = details(who, &when);
        format!(
            "“{file}” is open in another window{details}. If both change it, saving will ask before overwriting."
        )
    },
    stale_lock: |file| {
        format!(
            "Ignored an old lock on “{file}” (the program did not close normally last time, perhaps a power cut)."
        )
    },
    dismiss: "OK",
};
