#include "core/session/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#include <sys/resource.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace kohi {

void hardenProcess()
{
#if defined(Q_OS_LINUX)
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); // also blocks ptrace attach by same-uid processes
#elif defined(Q_OS_WIN)
    // No Windows Error Reporting dialog or dump with process memory.
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
#endif
}

} // namespace kohi
