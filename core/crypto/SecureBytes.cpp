#include "core/crypto/SecureBytes.h"

#include "core/crypto/Primitives.h"

#include <QStringEncoder>

#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wshadow"
#endif
#include <botan/mem_ops.h>
#include <botan/secmem.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

#include <utility>

namespace kohi::crypto {

struct SecureBytes::Impl
{
    Botan::secure_vector<std::uint8_t> bytes;
};

SecureBytes::SecureBytes() : d(std::make_unique<Impl>()) {}

SecureBytes::SecureBytes(std::size_t size) : d(std::make_unique<Impl>())
{
    d->bytes.resize(size);
}

SecureBytes::SecureBytes(std::span<const std::uint8_t> bytes) : d(std::make_unique<Impl>())
{
    d->bytes.assign(bytes.begin(), bytes.end());
}

SecureBytes::SecureBytes(const SecureBytes& other) : d(std::make_unique<Impl>())
{
    if (other.d)
        d->bytes = other.d->bytes;
}

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        SecureBytes copy(other);
        *this = std::move(copy);
    }
    return *this;
}

// A moved-from object has no Impl; every member treats that as empty.
SecureBytes::SecureBytes(SecureBytes&& other) noexcept = default;
SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept = default;
SecureBytes::~SecureBytes() = default; // secure_vector's allocator zeroes on free

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    SecureBytes out(static_cast<std::size_t>(encoder.requiredSpace(text.size())));
    char* begin = reinterpret_cast<char*>(out.data());
    char* end = encoder.appendToBuffer(begin, text);
    out.resize(static_cast<std::size_t>(end - begin));
    return out;
}

std::uint8_t* SecureBytes::data()
{
    return d ? d->bytes.data() : nullptr;
}

const std::uint8_t* SecureBytes::data() const
{
    return d ? d->bytes.data() : nullptr;
}

std::size_t SecureBytes::size() const
{
    return d ? d->bytes.size() : 0;
}

bool SecureBytes::isEmpty() const
{
    return size() == 0;
}

std::span<const std::uint8_t> SecureBytes::bytes() const
{
    return {data(), size()};
}

std::span<std::uint8_t> SecureBytes::bytes()
{
    return {data(), size()};
}

void SecureBytes::resize(std::size_t size)
{
    if (!d)
        d = std::make_unique<Impl>();
    d->bytes.resize(size);
}

void SecureBytes::clear()
{
    if (!d)
        return;
    Botan::secure_scrub_memory(d->bytes.data(), d->bytes.size());
    Botan::secure_vector<std::uint8_t>().swap(d->bytes); // frees (and zeroes) the allocation
}

bool SecureBytes::constantTimeEquals(const SecureBytes& other) const
{
    return detail::constantTimeEquals(bytes(), other.bytes());
}

QString SecureBytes::toDisplayString() const
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data()), static_cast<qsizetype>(size()));
}

} // namespace kohi::crypto
