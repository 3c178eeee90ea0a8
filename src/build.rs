//! The build script (Cargo.toml's `build`): for a Windows target only, it gives `lotrinh.exe` the
//! app icon and its version resource (shown by Explorer's Properties and the taskbar), with
//! mingw-w64's `windres` when cross-building or the SDK's `rc.exe` on Windows. Elsewhere it does
//! nothing.

fn main() -> std::io::Result<()> {
    println!("cargo::rerun-if-changed=src/build.rs");
    println!("cargo::rerun-if-changed=assets/icon/lotrinh.ico");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return Ok(());
    }
    let mut resources = winresource::WindowsResource::new();
    resources
        .set_icon("assets/icon/lotrinh.ico")
        .set("ProductName", "Lộ Trình")
        .set(
            "FileDescription",
            "Lộ Trình — kế hoạch chuyển đổi số của địa phương",
        )
        .set("CompanyName", "Lộ Trình")
        .set("LegalCopyright", "MIT OR Apache-2.0")
        .set("OriginalFilename", "lotrinh.exe")
        .set("InternalName", "lotrinh")
        // Vietnamese (0x042A), the language of the strings above.
        .set_language(0x042A);
    resources.compile_for("lotrinh")
}
