#pragma once

#include <cstdint>

namespace kohi::crypto {

// Argon2id cost parameters stored in every wrapped private key. The defaults follow RFC 9106
// §4's second recommended option (64 MiB, t = 3), with one lane because Botan computes lanes
// sequentially anyway. The server refuses wrapped keys below MinMemoryKiB / MinIterations
// (kohi.assert_wrapped_key, migration 0022); only a non-production database with the setting
// mynumber_argon2_test_params = 1 accepts less, so that tests can pass tiny values.
struct Argon2Params
{
    std::uint32_t memoryKiB = 64 * 1024;
    std::uint32_t iterations = 3;
    std::uint32_t parallelism = 1;

    // Upper bounds stop a doctored blob in the database from making a viewer's client
    // allocate gigabytes or spin for minutes before the passphrase can even be checked.
    static constexpr std::uint32_t MaxMemoryKiB = 1024 * 1024; // 1 GiB
    static constexpr std::uint32_t MaxIterations = 32;
    static constexpr std::uint32_t MaxParallelism = 16;

    // What the server requires of a wrapped key in production.
    static constexpr std::uint32_t MinMemoryKiB = 64 * 1024; // 64 MiB
    static constexpr std::uint32_t MinIterations = 3;

    // RFC 9106 minimums (t >= 1, p >= 1, m >= 8p KiB) and the bounds above.
    constexpr bool isValid() const
    {
        return parallelism >= 1 && parallelism <= MaxParallelism && iterations >= 1 &&
               iterations <= MaxIterations && memoryKiB >= 8 * parallelism &&
               memoryKiB <= MaxMemoryKiB;
    }

    constexpr bool meetsServerMinimum() const
    {
        return isValid() && memoryKiB >= MinMemoryKiB && iterations >= MinIterations;
    }

    friend constexpr bool operator==(const Argon2Params&, const Argon2Params&) = default;
};

static_assert(Argon2Params{}.meetsServerMinimum(), "the defaults must meet the server's minimum");

} // namespace kohi::crypto
