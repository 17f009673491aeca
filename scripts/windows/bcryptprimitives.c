/* A stand-in for Windows' bcryptprimitives.dll, for running the Windows build under Wine 8.0
 * only: Wine 8.0 lacks the DLL, and Rust's std imports its ProcessPrng for random numbers
 * (every Windows 10 and 11 has it). Built with MinGW into the test's own Wine prefix; never
 * shipped with the program. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG part = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, part))
            return FALSE;
        data += part;
        length -= part;
    }
    return TRUE;
}
