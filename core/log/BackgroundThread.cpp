#include "log/BackgroundThread.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace mygpt {

void makeCurrentThreadBackground(const char *name)
{
#if defined(Q_OS_LINUX)
    pthread_setname_np(pthread_self(), name);
    // Linux has no priorities within the normal policy (QThread::setPriority() does nothing
    // there) but a nice value per thread. At +5 a writer still gets about a quarter of a core
    // that request handling saturates, enough to keep up.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), BackgroundNice);
#else
    Q_UNUSED(name);
#endif
}

} // namespace mygpt
