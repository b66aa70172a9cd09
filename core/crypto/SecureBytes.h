#pragma once

#include <QString>
#include <QStringView>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

namespace kohi::crypto {

// Bytes that must not outlive their use: a My Number, a private key, a derived key.
// Backed by Botan::secure_vector, so the memory comes from Botan's mlock()ed pool where the
// OS allows it (never swapped) and is always overwritten before it is freed.
// Copies are deep (each copy is itself secure); prefer moving.
class SecureBytes
{
public:
    SecureBytes();
    explicit SecureBytes(std::size_t size); // zero-filled
    explicit SecureBytes(std::span<const std::uint8_t> bytes);
    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    // UTF-8 encoding of text written straight into secure memory (no plain QByteArray copy).
    // The caller still owns `text` and should wipe() it once it is no longer needed.
    static SecureBytes fromUtf8(QStringView text);

    std::uint8_t* data();
    const std::uint8_t* data() const;
    std::size_t size() const;
    bool isEmpty() const;
    std::span<const std::uint8_t> bytes() const;
    std::span<std::uint8_t> bytes();

    // Shrinking keeps the dropped bytes inside the secure allocation until it is freed (zeroed).
    void resize(std::size_t size);
    // Overwrites the contents with zeros and releases them.
    void clear();

    // Constant time in the length of the contents (lengths themselves are not secret).
    bool constantTimeEquals(const SecureBytes& other) const;

    // Builds a QString for display only (e.g. the reveal dialog). QString memory is not
    // secure: the caller must wipe() the result as soon as the text is no longer shown.
    [[nodiscard]] QString toDisplayString() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace kohi::crypto
