// mynumber_bench: what My Number protection costs.
//  1. Sealer::seal / Sealer::open per second on one core, and on every core at once (per core);
//     unwrapping the viewer's key with the production Argon2id cost (paid once per reveal).
//  2. Registrations per second over one clerk connection against a throwaway cluster: through
//     MyNumberRepository (validate, seal, send) versus the same API call with envelopes sealed
//     beforehand (the baseline, measured in the same run on the same server), as a ratio.
// Usage: mynumber_bench [REGISTRATIONS=1000] [CRYPTO_SECONDS=2]
#include "core/crypto/AssociatedData.h"
#include "core/crypto/KeyPair.h"
#include "core/crypto/KeyWrapper.h"
#include "core/crypto/Sealer.h"
#include "core/validation/MyNumber.h"
#include "db/ByteaText.h"
#include "db/MyNumberKeyCeremony.h"
#include "db/MyNumberRepository.h"
#include "tests/bench/BenchCluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>
#include <QUuid>
#include <atomic>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using kohi::crypto::SecureBytes;

namespace {

QString syntheticNumber(QRandomGenerator& rng)
{
    QString base;
    for (int i = 0; i < 11; ++i)
        base += QChar(u'0' + rng.bounded(10));
    return base + QString::number(*kohi::myNumberCheckDigit(base));
}

// Operations per second of `op` over `seconds`, on `threads` threads at once (total).
template <typename Op> double rate(int threads, double seconds, Op op)
{
    std::atomic<bool> stop{false};
    std::atomic<long long> done{0};
    std::vector<std::thread> workers;
    QElapsedTimer timer;
    timer.start();
    for (int t = 0; t < threads; ++t)
        workers.emplace_back([&] {
            long long n = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                op();
                ++n;
            }
            done += n;
        });
    QThread::msleep(static_cast<unsigned long>(seconds * 1000));
    stop = true;
    for (auto& w : workers)
        w.join();
    return double(done.load()) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int registrations = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    const double cryptoSeconds = argc > 2 ? QString::fromLocal8Bit(argv[2]).toDouble() : 2.0;
    const int cores = QThread::idealThreadCount();
    QRandomGenerator rng(20260401);

    // ---------------------------------------------------------------- crypto
    kohi::crypto::KeyPair key;
    kohi::crypto::KeyPair::generate(&key, nullptr);
    const QByteArray ad =
        kohi::crypto::AssociatedData::forField(u"recipient", 123456, u"mynumber:patient:x");
    const SecureBytes plain = SecureBytes::fromUtf8(syntheticNumber(rng));
    QByteArray sample;
    kohi::crypto::Sealer::seal(plain, key.publicKey(), ad, &sample, nullptr);
    auto seal = [&] {
        QByteArray e;
        kohi::crypto::Sealer::seal(plain, key.publicKey(), ad, &e, nullptr);
    };
    auto open = [&] {
        SecureBytes p;
        kohi::crypto::Sealer::open(sample, key, ad, &p, nullptr);
    };
    const double seal1 = rate(1, cryptoSeconds, seal);
    const double open1 = rate(1, cryptoSeconds, open);
    const double sealN = rate(cores, cryptoSeconds, seal);
    const double openN = rate(cores, cryptoSeconds, open);
    QByteArray wrapped;
    kohi::crypto::KeyWrapper::wrapKey(key, u"benchmark passphrase", {}, &wrapped, nullptr);
    QElapsedTimer unwrapTimer;
    unwrapTimer.start();
    const int unwraps = 4;
    for (int i = 0; i < unwraps; ++i) {
        kohi::crypto::KeyPair k;
        kohi::crypto::KeyWrapper::unwrapKey(wrapped, u"benchmark passphrase", &k, nullptr);
    }
    const double unwrapMs = double(unwrapTimer.nsecsElapsed()) / 1e6 / unwraps;

    out << "== My Number crypto (" << cores << " cores)" << Qt::endl;
    out << QString::asprintf("seal  : %8.0f /s on 1 core, %8.0f /s on %d cores (%.0f /s per core)",
                             seal1, sealN, cores, sealN / cores)
        << Qt::endl;
    out << QString::asprintf("open  : %8.0f /s on 1 core, %8.0f /s on %d cores (%.0f /s per core)",
                             open1, openN, cores, openN / cores)
        << Qt::endl;
    out << QString::asprintf("unwrap the viewer's key (Argon2id 64 MiB, t=3): %.0f ms per reveal",
                             unwrapMs)
        << Qt::endl;

    // ---------------------------------------------------------------- registration
    kohi::bench::BenchCluster cluster;
    if (!cluster.ok()) {
        out << "cluster setup failed: " << cluster.error() << Qt::endl;
        return 1;
    }
    if (cluster.kohiAdmin({u"user"_s, u"create"_s, u"bench_viewer"_s, u"--name"_s, u"閲覧"_s,
                           u"--duty"_s, u"kohi_mynumber_viewer"_s, u"--password-stdin"_s},
                          "Bench-Viewer-2026\n") != 0 ||
        cluster.kohiAdmin({u"user"_s, u"create"_s, u"bench_clerk"_s, u"--name"_s, u"事務"_s,
                           u"--duty"_s, u"kohi_clerk_nanbyo"_s, u"--password-stdin"_s},
                          "Bench-Clerk-2026!\n") != 0) {
        out << "user setup failed: " << cluster.error() << Qt::endl;
        return 1;
    }
    auto dba = cluster.admin();
    dba->exec(u"UPDATE kohi.staff SET must_change_password = false, password_changed_at = now()"_s);
    // The benchmark's key uses a tiny Argon2 cost: accepted outside production only.
    dba->exec(u"UPDATE kohi.setting SET value = 1 WHERE key = 'mynumber_argon2_test_params'"_s);
    kohi::db::MyNumberKeyCeremony::KeyInfo created;
    QString error;
    if (!kohi::db::MyNumberKeyCeremony(*dba, {64, 1, 1})
             .createFirstKey(u"bench_viewer"_s, u"benchmark passphrase", &created, &error)) {
        out << "key setup failed: " << error << Qt::endl;
        return 1;
    }
    const auto inserted = dba->exec(
        u"INSERT INTO kohi.recipient (programme, recipient_number, family_name, given_name,"
        " family_name_kana, given_name_kana, birth_date, sex, address, municipality_code, "
        "synthetic)"
        " SELECT '54', (1000000 + i)::text, '試験', '一郎', 'シケン', 'イチロウ', date "
        "'1950-01-01',"
        " 1, '大阪府岸和田市', '272027', true FROM generate_series(1, $1::int) i"_s,
        {QByteArray::number(2 * registrations)});
    if (!inserted.ok) {
        out << "recipients failed: " << inserted.errorMessage << Qt::endl;
        return 1;
    }

    kohi::db::Session clerk(cluster.settings());
    if (!clerk.open(u"bench_clerk"_s, u"Bench-Clerk-2026!"_s).ok()) {
        out << "clerk login failed" << Qt::endl;
        return 1;
    }
    kohi::db::MyNumberRepository repo(clerk, created.fingerprintHex);
    kohi::crypto::PublicKey publicKey;
    repo.publicKey(&publicKey, nullptr);

    // Baseline: the same API call, envelopes sealed before the clock starts (recipients
    // 1..N); then through the repository (recipients N+1..2N). Alternating blocks of 50 so
    // that server-side drift (audit partitions, cache) falls on both alike.
    struct Prepared
    {
        qint64 recipient;
        QString number;
        QUuid sealRef;
        QByteArray envelope;
    };
    std::vector<Prepared> prepared;
    prepared.reserve(size_t(registrations));
    for (int i = 0; i < registrations; ++i) {
        Prepared p{i + 1, syntheticNumber(rng), QUuid::createUuid(), {}};
        kohi::crypto::Sealer::seal(
            SecureBytes::fromUtf8(p.number), publicKey,
            kohi::db::MyNumberRepository::associatedData(p.recipient, u"patient", p.sealRef),
            &p.envelope, nullptr);
        prepared.push_back(p);
    }
    std::vector<QString> typed;
    for (int i = 0; i < registrations; ++i)
        typed.push_back(syntheticNumber(rng));

    qint64 baselineNs = 0, sealedNs = 0;
    int baselineOk = 0, sealedOk = 0;
    QElapsedTimer t;
    for (int block = 0; block < registrations; block += 50) {
        const int end = std::min(registrations, block + 50);
        t.start();
        for (int i = block; i < end; ++i) {
            const Prepared& p = prepared[size_t(i)];
            const auto r = clerk.exec(
                u"SELECT outcome FROM kohi_api.mynumber_register($1::bigint, 'patient', NULL, NULL,"
                " NULL, $2::uuid, $3, $4::bytea, $5)"_s,
                {QByteArray::number(p.recipient), p.sealRef.toString(QUuid::WithoutBraces).toUtf8(),
                 publicKey.keyIdHex().toUtf8(), kohi::db::bytea::toParam(p.envelope),
                 p.number.toUtf8()});
            baselineOk += r.ok && r.first(u"outcome"_s).toString() == u"ok"_s ? 1 : 0;
        }
        baselineNs += t.nsecsElapsed();
        t.start();
        for (int i = block; i < end; ++i) {
            const auto r = repo.registerNumber(
                kohi::db::MyNumberEntry{
                    registrations + i + 1, kohi::db::PersonRole::Patient, {}, {}, {}},
                SecureBytes::fromUtf8(typed[size_t(i)]));
            sealedOk += r.registered() ? 1 : 0;
        }
        sealedNs += t.nsecsElapsed();
    }
    const double baselineRate = registrations / (double(baselineNs) / 1e9);
    const double sealedRate = registrations / (double(sealedNs) / 1e9);
    out << "== Registration over one clerk connection (" << registrations << " each)" << Qt::endl;
    out << QString::asprintf(
               "baseline (envelope sealed beforehand): %7.1f /s, %.2f ms each (%d ok)",
               baselineRate, double(baselineNs) / 1e6 / registrations, baselineOk)
        << Qt::endl;
    out << QString::asprintf(
               "repository (validate + seal + send):   %7.1f /s, %.2f ms each (%d ok)", sealedRate,
               double(sealedNs) / 1e6 / registrations, sealedOk)
        << Qt::endl;
    out << QString::asprintf("time ratio repository / baseline: %.3f",
                             double(sealedNs) / double(baselineNs))
        << Qt::endl;
    return baselineOk == registrations && sealedOk == registrations ? 0 : 1;
}
