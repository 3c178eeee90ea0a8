/* For the Wine check only, never shipped: Wine 8.0 (Debian 12) lacks bcryptprimitives.dll, whose
 * ProcessPrng the Rust standard library (1.78 and later) calls for random bytes (HashMap seeds).
 * Windows 10 and 11 have it. This stand-in fills the buffer from RtlGenRandom (SystemFunction036,
 * advapi32), which Wine has. It is copied into the test prefix's system32 by .ci/windows-checks.sh. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk)) {
            return FALSE;
        }
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
