#include "core/crypto/Wipe.h"

#include <QByteArray>
#include <QString>

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#endif
#include <botan/mem_ops.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace kohi::crypto {

namespace {

// Scrubs from the start of the allocation (free space before begin() included, left there by
// remove()/prepend()) to its end (capacity after truncate()/chop() included).
template <typename Container, typename Char> void scrubAllocation(Container& container, Char* begin)
{
    auto& d = container.data_ptr();
    Char* allocationBegin = begin - d.freeSpaceAtBegin();
    const auto allocated = static_cast<std::size_t>(d.constAllocatedCapacity());
    // secure_scrub_memory cannot be optimised away, unlike memset before a free.
    Botan::secure_scrub_memory(allocationBegin, allocated * sizeof(Char));
}

} // namespace

void wipe(QString& text)
{
    if (text.isNull())
        return;
    QChar* begin = text.data(); // detaches: static literals and shared copies are not ours
    if (text.data_ptr().isMutable())
        scrubAllocation(text, begin);
    text.truncate(0); // keeps the (now zeroed) allocation until the QString is destroyed
}

void wipe(QByteArray& bytes)
{
    if (bytes.isNull())
        return;
    char* begin = bytes.data();
    if (bytes.data_ptr().isMutable())
        scrubAllocation(bytes, begin);
    bytes.truncate(0);
}

} // namespace kohi::crypto
