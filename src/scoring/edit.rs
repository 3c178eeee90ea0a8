//! Changes to an index as the editor on the "Chấm điểm" tab makes them: a rule switched to
//! another kind (keeping what carries over), criteria and groups added with ids of their own.
//! Every result still passes [`super::validate`]: a rule never has an empty list.

use super::index::{Band, Choice, Criterion, Rule, ScoreGroup, ScoreIndex, Step};

/// The kinds of rule, in the editor's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleKind {
    /// [`Rule::Ratio`].
    Ratio,
    /// [`Rule::Steps`].
    Steps,
    /// [`Rule::Thresholds`].
    Thresholds,
    /// [`Rule::YesNo`].
    YesNo,
    /// [`Rule::Choice`].
    Choice,
    /// [`Rule::Manual`].
    Manual,
}

impl RuleKind {
    /// Every kind, in the editor's order (the order of the language table's names).
    pub const ALL: [Self; 6] = [
        Self::Ratio,
        Self::Steps,
        Self::Thresholds,
        Self::YesNo,
        Self::Choice,
        Self::Manual,
    ];

    /// The kind of `rule`.
    pub fn of(rule: &Rule) -> Self {
        match rule {
            Rule::Ratio { .. } => Self::Ratio,
            Rule::Steps { .. } => Self::Steps,
            Rule::Thresholds { .. } => Self::Thresholds,
            Rule::YesNo { .. } => Self::YesNo,
            Rule::Choice { .. } => Self::Choice,
            Rule::Manual => Self::Manual,
        }
    }

    /// Its place in [`Self::ALL`].
    pub fn position(self) -> usize {
        Self::ALL.iter().position(|k| *k == self).unwrap_or(0)
    }
}

/// `rule` switched to `kind` for a criterion of `max` points: the indicator it read is kept
/// (else `indicator`); a new list starts with one line (full points at the value 1, 80 % and
/// 50 % thresholds, two choices named `choice_name` 1 and 2).
pub fn switch_rule(
    rule: &Rule,
    kind: RuleKind,
    max: f64,
    indicator: &str,
    choice_name: &str,
) -> Rule {
    if RuleKind::of(rule) == kind {
        return rule.clone();
    }
    let indicator = rule.indicator().unwrap_or(indicator).to_owned();
    match kind {
        RuleKind::Ratio => Rule::Ratio {
            indicator,
            full_at: None,
        },
        RuleKind::Steps => Rule::Steps {
            indicator,
            steps: vec![Step {
                at: 1.0,
                points: max,
            }],
        },
        RuleKind::Thresholds => Rule::Thresholds {
            indicator,
            bands: vec![
                Band {
                    at: 80.0,
                    share: 1.0,
                },
                Band {
                    at: 50.0,
                    share: 0.5,
                },
            ],
        },
        RuleKind::YesNo => Rule::YesNo { indicator },
        RuleKind::Choice => Rule::Choice {
            choices: vec![
                new_choice(&[], choice_name, 1.0),
                Choice {
                    id: "lua_chon_2".to_owned(),
                    name: format!("{choice_name} 2"),
                    name_en: None,
                    share: 0.0,
                },
            ],
        },
        RuleKind::Manual => Rule::Manual,
    }
}

/// Sets a criterion's maximum; steps' points are scaled with it (40, 30, 20, 10 of 40 become
/// 30, 22.5, 15, 7.5 of 30), so that no step gives more than the maximum. Shares (thresholds,
/// choices) are of the maximum already.
pub fn set_max(criterion: &mut Criterion, max: f64) {
    let old = criterion.max_points;
    criterion.max_points = max;
    if let Rule::Steps { steps, .. } = &mut criterion.rule {
        for step in steps {
            step.points = if old > 0.0 {
                step.points * max / old
            } else {
                max
            };
        }
    }
}

/// A choice with an id none of `choices` has, named `name` and its number.
pub fn new_choice(choices: &[Choice], name: &str, share: f64) -> Choice {
    let number = (1..)
        .find(|n| !choices.iter().any(|c| c.id == format!("lua_chon_{n}")))
        .unwrap_or(1);
    Choice {
        id: format!("lua_chon_{number}"),
        name: format!("{name} {number}"),
        name_en: None,
        share,
    }
}

/// An id made of `stem` and the first number no group or criterion of `index` has.
pub fn unique_id(index: &ScoreIndex, stem: &str) -> String {
    let taken = |id: &str| {
        index
            .groups
            .iter()
            .any(|g| g.id == id || g.criteria.iter().any(|c| c.id == id))
    };
    (1..)
        .map(|n| format!("{stem}_{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| stem.to_owned())
}

/// Adds a criterion named `name` (points by hand, 0 points) at the end of group `group`.
pub fn add_criterion(index: &mut ScoreIndex, group: usize, name: &str) {
    let id = unique_id(index, "tieu_chi");
    if let Some(group) = index.groups.get_mut(group) {
        group.criteria.push(Criterion {
            id,
            name: name.to_owned(),
            name_en: None,
            max_points: 0.0,
            rule: Rule::Manual,
            evidence: String::new(),
            source: String::new(),
        });
    }
}

/// Adds an empty group named `name` at the end.
pub fn add_group(index: &mut ScoreIndex, name: &str) {
    let id = unique_id(index, "nhom");
    index.groups.push(ScoreGroup {
        id,
        name: name.to_owned(),
        name_en: None,
        max_points: 0.0,
        criteria: Vec::new(),
    });
}

/// The sum of the groups' maximum points.
pub fn groups_sum(index: &ScoreIndex) -> f64 {
    index.groups.iter().map(|g| g.max_points).sum()
}

/// The sum of a group's criteria's maximum points.
pub fn criteria_sum(group: &ScoreGroup) -> f64 {
    group.criteria.iter().map(|c| c.max_points).sum()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::scoring::{bundled_index, validate};

    #[test]
    fn every_switch_keeps_the_index_valid_and_the_indicator() {
        let index = bundled_index().expect("bundled");
        for (_, criterion) in index.criteria() {
            for kind in RuleKind::ALL {
                let rule = switch_rule(&criterion.rule, kind, criterion.max_points, "x", "Chọn");
                assert_eq!(RuleKind::of(&rule), kind);
                if let (Some(before), Some(after)) = (criterion.rule.indicator(), rule.indicator())
                {
                    assert_eq!(before, after, "{}", criterion.id);
                }
                let mut changed = index.clone();
                for group in &mut changed.groups {
                    for c in &mut group.criteria {
                        if c.id == criterion.id {
                            c.rule = rule.clone();
                        }
                    }
                }
                assert!(validate(&changed).is_ok(), "{} as {kind:?}", criterion.id);
            }
        }
    }

    #[test]
    fn added_criteria_and_groups_get_ids_of_their_own() {
        let mut index = bundled_index().expect("bundled");
        let before = index.criteria().count();
        add_criterion(&mut index, 0, "Mới");
        add_criterion(&mut index, 0, "Mới");
        add_group(&mut index, "Nhóm mới");
        let last = index.groups.len() - 1;
        add_criterion(&mut index, last, "Mới");
        assert_eq!(index.criteria().count(), before + 3);
        let mut ids: Vec<&str> = index.criteria().map(|(_, c)| c.id.as_str()).collect();
        ids.extend(index.groups.iter().map(|g| g.id.as_str()));
        let count = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), count, "ids repeat");
        assert!(validate(&index).is_ok());
        assert_eq!(criteria_sum(&index.groups[0]), 100.0);
        assert_eq!(groups_sum(&index), 1000.0);
    }

    #[test]
    fn steps_scale_with_the_maximum() {
        let index = bundled_index().expect("bundled");
        let mut criterion = index.criterion("steering_meetings").expect("steps").clone();
        set_max(&mut criterion, 30.0);
        let Rule::Steps { steps, .. } = &criterion.rule else {
            panic!("steps");
        };
        let points: Vec<f64> = steps.iter().map(|s| s.points).collect();
        assert_eq!(points, [30.0, 22.5, 15.0, 7.5]);
        let mut zero = criterion.clone();
        set_max(&mut zero, 0.0);
        set_max(&mut zero, 12.0);
        let Rule::Steps { steps, .. } = &zero.rule else {
            panic!("steps");
        };
        assert!(
            steps.iter().all(|s| s.points == 12.0),
            "from 0 every step gives the maximum"
        );
    }

    #[test]
    fn a_new_choice_takes_the_first_free_number() {
        let first = new_choice(&[], "Chọn", 1.0);
        let second = new_choice(std::slice::from_ref(&first), "Chọn", 0.5);
        assert_eq!(
            (first.id.as_str(), second.id.as_str()),
            ("lua_chon_1", "lua_chon_2")
        );
        assert_eq!(second.name, "Chọn 2");
    }
}
