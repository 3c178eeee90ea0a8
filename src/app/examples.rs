//! The example plans bundled in the binary, so that a workshop can open one instantly, offline.

/// (file name, contents) of each bundled example.
pub const EXAMPLES: [(&str, &str); 6] = [
    ("xa-demo.ron", include_str!("../../examples/xa-demo.ron")),
    (
        "xa-tong-ket-2025.ron",
        include_str!("../../examples/xa-tong-ket-2025.ron"),
    ),
    (
        "xa-ke-hoach-2026-2030.ron",
        include_str!("../../examples/xa-ke-hoach-2026-2030.ron"),
    ),
    (
        "huong-tra.ron",
        include_str!("../../examples/huong-tra.ron"),
    ),
    (
        "hau-giang.ron",
        include_str!("../../examples/hau-giang.ron"),
    ),
    (
        "chi-bo-thon-3.ron",
        include_str!("../../examples/chi-bo-thon-3.ron"),
    ),
];
