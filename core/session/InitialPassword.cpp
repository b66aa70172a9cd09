#include "core/session/InitialPassword.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace kohi {

QString generateInitialPassword(int length)
{
    static const std::array<QString, 4> kinds = {
        QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"), QStringLiteral("abcdefghijkmnpqrstuvwxyz"),
        QStringLiteral("23456789"), QStringLiteral("#%+-=?@_")};
    length = std::max(length, 12);
    // system(): the operating system's CSPRNG, not a seeded PRNG.
    QRandomGenerator* rng = QRandomGenerator::system();
    QString password;
    password.reserve(length);
    for (const QString& kind : kinds)
        password.append(kind.at(rng->bounded(int(kind.size()))));
    const QString all = kinds[0] + kinds[1] + kinds[2] + kinds[3];
    while (password.size() < length)
        password.append(all.at(rng->bounded(int(all.size()))));
    // Shuffle so the kinds are not in a predictable order.
    for (qsizetype i = password.size() - 1; i > 0; --i)
        std::swap(password[i], password[rng->bounded(int(i + 1))]);
    return password;
}

} // namespace kohi
