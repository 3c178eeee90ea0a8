//! Windows only: the program is built for the Windows (GUI) subsystem, so double-clicking it opens
//! the window with no console behind it. A subcommand started from a console (`cmd`, PowerShell)
//! still prints there: at start the program attaches to its parent's console, if it has one.
//! Output redirected to a file or a pipe is inherited as it is and is not touched.

/// Attaches to the console of the process that started this one, if there is one; otherwise (a
/// double-click from Explorer) does nothing.
#[allow(unsafe_code)]
pub fn attach_to_parent_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: `AttachConsole` takes a process id by value and touches no memory of ours; it fails
    // harmlessly (returns 0) when the parent has no console or this process already has one.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}
