/* For the Wine check only: holds a file open as an office suite does (reading allowed to others,
 * no writing, no deleting, no renaming over it) for some seconds, then exits.
 * Usage: hold.exe FILE SECONDS */
#include <windows.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv) {
    if (argc < 3) {
        return 2;
    }
    HANDLE file = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        return 1;
    }
    Sleep((DWORD)_wtoi(argv[2]) * 1000);
    CloseHandle(file);
    return 0;
}
