#include "db/AuditAnchor.h"

#include "core/crypto/SigningKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

constexpr char kMagic[] = "kohi-audit-anchor v1";
constexpr char kSignature[] = "signature=";
constexpr qint64 kMaxFileSize = 16 * 1024 * 1024;

// "2026-04-01T09:15:03.000000Z" -> "20260401T091503Z"
QString compactTime(qint64 micros)
{
    QString t = auditTimeText(micros).left(19);
    t.remove(u'-').remove(u':');
    return t + u'Z';
}

QString statusText(AuditAnchorFile::Status status)
{
    switch (status) {
    case AuditAnchorFile::Status::Valid:
        return {};
    case AuditAnchorFile::Status::Malformed:
        return u"アンカーの形式ではありません"_s;
    case AuditAnchorFile::Status::WrongKey:
        return u"別の鍵で署名されています"_s;
    case AuditAnchorFile::Status::BadSignature:
        return u"署名が正しくありません（署名の後に書き換えられています）"_s;
    }
    return {};
}

// Parses the signed part. Empty string: fine; otherwise what is wrong.
QString parseBody(const QByteArray& body, AuditAnchor* anchor)
{
    QList<QByteArray> lines = body.split('\n');
    if (lines.isEmpty() || !lines.last().isEmpty())
        return u"最後の行が改行で終わっていません"_s;
    lines.removeLast();
    if (lines.size() < 7 || lines[0] != kMagic)
        return u"1 行目が %1 ではありません"_s.arg(QString::fromLatin1(kMagic));
    QString why;
    const auto head = AuditChainPoint::fromLine(QString::fromUtf8(lines[1]), &why);
    if (!head || !lines[1].startsWith("kohi-audit-head "))
        return why.isEmpty() ? u"2 行目が先頭の記録の行ではありません"_s : why;
    anchor->head = *head;
    anchor->identity.database = head->database;

    static const QRegularExpression digits(u"^[0-9]{1,19}$"_s);
    auto value = [&](int i, const char* key) -> std::optional<QString> {
        const QByteArray prefix = QByteArray(key) + '=';
        if (!lines[i].startsWith(prefix))
            return std::nullopt;
        return QString::fromUtf8(lines[i].mid(prefix.size()));
    };
    const auto system = value(2, "system-identifier");
    const auto keyId = value(3, "key-id");
    const auto written = value(4, "written-at");
    const auto previous = value(5, "previous-seq");
    const auto interval = value(6, "checkpoint-interval");
    if (!system || !digits.match(*system).hasMatch())
        return u"system-identifier の行が正しくありません"_s;
    if (!keyId || !QRegularExpression(u"^[0-9a-f]{32}$"_s).match(*keyId).hasMatch())
        return u"key-id の行が正しくありません"_s;
    const auto writtenAt = written ? parseAuditTime(*written) : std::nullopt;
    if (!writtenAt)
        return u"written-at の行が正しくありません"_s;
    if (!previous || !digits.match(*previous).hasMatch() ||
        previous->toLongLong() > anchor->head.seq)
        return u"previous-seq の行が正しくありません"_s;
    if (!interval || !digits.match(*interval).hasMatch() || interval->toLongLong() < 1 ||
        interval->toLongLong() > (1LL << 30))
        return u"checkpoint-interval の行が正しくありません"_s;
    anchor->identity.systemIdentifier = *system;
    anchor->keyId = QByteArray::fromHex(keyId->toLatin1());
    anchor->writtenAtMicros = *writtenAt;
    anchor->previousSeq = previous->toLongLong();
    anchor->interval = int(interval->toLongLong());

    static const QRegularExpression checkpoint(
        u"^checkpoint=([0-9]{1,18}) (\\S+) ([0-9a-f]{64})$"_s);
    qint64 last = anchor->previousSeq;
    for (qsizetype i = 7; i < lines.size(); ++i) {
        const auto m = checkpoint.match(QString::fromUtf8(lines[i]));
        const auto at = m.hasMatch() ? parseAuditTime(m.captured(2)) : std::nullopt;
        if (!at)
            return u"%1 行目がチェックポイントの行ではありません"_s.arg(i + 1);
        AuditCheckpoint c;
        c.seq = m.captured(1).toLongLong();
        c.atMicros = *at;
        c.hash = QByteArray::fromHex(m.captured(3).toLatin1());
        if (c.seq <= last || c.seq >= anchor->head.seq)
            return u"%1 行目のチェックポイントの連番が範囲外か昇順ではありません"_s.arg(i + 1);
        last = c.seq;
        anchor->checkpoints.append(c);
    }
    return {};
}

// anchor-<seq>-<yyyyMMddTHHmmssZ>[-n].txt; anything else in the folder (the temporary files of
// a write in progress, notes) is not an anchor.
const QRegularExpression& anchorFileName()
{
    static const QRegularExpression name(u"^anchor-[0-9]+-[0-9]{8}T[0-9]{6}Z(-[0-9]+)?\\.txt$"_s);
    return name;
}

AuditAnchorFile readAnchorFile(const QDir& folder, const QString& entry,
                               const crypto::VerifyKey& key)
{
    QFile f(folder.filePath(entry));
    if (f.size() > kMaxFileSize || !f.open(QIODevice::ReadOnly)) {
        AuditAnchorFile file;
        file.fileName = entry;
        file.problem = u"ファイルを読めません"_s;
        return file;
    }
    return parseAuditAnchor(entry, f.readAll(), key);
}

} // namespace

QString AuditAnchor::fileName() const
{
    return u"anchor-%1-%2.txt"_s.arg(head.seq, 12, 10, QChar(u'0'))
        .arg(compactTime(writtenAtMicros));
}

QByteArray AuditAnchor::body() const
{
    AuditChainPoint line = head;
    line.database = identity.database;
    QByteArray out = QByteArray(kMagic) + '\n';
    out += line.toLine().toUtf8() + '\n';
    out += "system-identifier=" + identity.systemIdentifier.toUtf8() + '\n';
    out += "key-id=" + keyId.toHex() + '\n';
    out += "written-at=" + auditTimeText(writtenAtMicros).toLatin1() + '\n';
    out += "previous-seq=" + QByteArray::number(previousSeq) + '\n';
    out += "checkpoint-interval=" + QByteArray::number(interval) + '\n';
    for (const AuditCheckpoint& c : checkpoints)
        out += "checkpoint=" + QByteArray::number(c.seq) + ' ' +
               auditTimeText(c.atMicros).toLatin1() + ' ' + c.hash.toHex() + '\n';
    return out;
}

bool AuditAnchor::toSignedText(const crypto::SigningKey& key, QByteArray* text,
                               QString* error) const
{
    if (key.verifyKey().keyId() != keyId) {
        if (error)
            *error = u"アンカーの key-id が署名鍵と一致しません。"_s;
        return false;
    }
    const QByteArray signedPart = body();
    QByteArray signature;
    if (!key.sign(signedPart, &signature, error))
        return false;
    *text = signedPart + kSignature + signature.toBase64() + '\n';
    return true;
}

AuditAnchorFile parseAuditAnchor(const QString& fileName, const QByteArray& text,
                                 const crypto::VerifyKey& key)
{
    AuditAnchorFile file;
    file.fileName = fileName;
    auto malformed = [&](const QString& why) {
        file.status = AuditAnchorFile::Status::Malformed;
        file.problem = statusText(file.status) + u"（"_s + why + u"）"_s;
        return file;
    };
    if (text.contains('\r') || text.contains('\0'))
        return malformed(u"改行コードが LF ではないか、制御文字を含みます"_s);
    // The signature line is the last line; it covers every byte before it.
    QByteArray rest = text;
    if (rest.endsWith('\n'))
        rest.chop(1);
    const qsizetype lineStart = rest.lastIndexOf('\n') + 1;
    if (lineStart == 0 || !rest.mid(lineStart).startsWith(kSignature))
        return malformed(u"最後の行が署名の行ではありません"_s);
    const QByteArray body = text.left(lineStart);
    const auto signature =
        QByteArray::fromBase64Encoding(rest.mid(lineStart + qsizetype(sizeof(kSignature) - 1)),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!signature)
        return malformed(u"署名が Base64 ではありません"_s);

    if (!key.verify(body, *signature)) {
        static const QRegularExpression keyLine(u"^key-id=([0-9a-f]{32})$"_s,
                                                QRegularExpression::MultilineOption);
        const auto m = keyLine.match(QString::fromUtf8(body));
        if (m.hasMatch() && m.captured(1) != key.keyIdHex()) {
            file.status = AuditAnchorFile::Status::WrongKey;
            file.problem = u"%1（key-id %2、照合に使った公開鍵は %3）"_s.arg(
                statusText(file.status), m.captured(1), key.keyIdHex());
        } else {
            file.status = AuditAnchorFile::Status::BadSignature;
            file.problem = statusText(file.status);
        }
        return file;
    }
    if (const QString why = parseBody(body, &file.anchor); !why.isEmpty())
        return malformed(why);
    file.status = AuditAnchorFile::Status::Valid;
    return file;
}

bool loadAuditAnchors(const QString& dir, const crypto::VerifyKey& key,
                      QList<AuditAnchorFile>* files, QString* error)
{
    const QDir folder(dir);
    if (!folder.exists() || !QFileInfo(dir).isReadable()) {
        if (error)
            *error = u"アンカーのフォルダーを読めません: %1"_s.arg(dir);
        return false;
    }
    files->clear();
    for (const QString& entry : folder.entryList({u"anchor-*.txt"_s}, QDir::Files, QDir::Name)) {
        if (anchorFileName().match(entry).hasMatch())
            files->append(readAnchorFile(folder, entry, key));
    }
    return true;
}

bool writeAuditAnchor(const QString& dir, const QString& fileName, const QByteArray& text,
                      QString* path, QString* error)
{
    const QDir folder(dir);
    if (!folder.exists()) {
        if (error)
            *error = u"アンカーのフォルダーがありません: %1"_s.arg(dir);
        return false;
    }
    QString target = folder.filePath(fileName);
    for (int n = 2; QFileInfo::exists(target); ++n) {
        QString alternative = fileName;
        alternative.insert(alternative.size() - 4, u"-%1"_s.arg(n));
        target = folder.filePath(alternative);
    }
    // QSaveFile: a temporary file beside the target, flushed to disk, then renamed over it; a
    // crash leaves either no anchor or the whole one (the loader ignores the temporary name).
    QSaveFile out(target);
    out.setDirectWriteFallback(false);
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit()) {
        if (error)
            *error = u"アンカーを書き込めません: %1（%2）"_s.arg(target, out.errorString());
        return false;
    }
    *path = target;
    return true;
}

bool loadNewestAuditAnchor(const QString& dir, const crypto::VerifyKey& key,
                           std::optional<AuditAnchorFile>* newest, QList<AuditAnchorFile>* skipped,
                           QString* error)
{
    const QDir folder(dir);
    if (!folder.exists() || !QFileInfo(dir).isReadable()) {
        if (error)
            *error = u"アンカーのフォルダーを読めません: %1"_s.arg(dir);
        return false;
    }
    newest->reset();
    skipped->clear();
    // Names start with the zero-padded sequence number: the newest come last.
    const QStringList names =
        folder.entryList({u"anchor-*.txt"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& entry : names) {
        if (!anchorFileName().match(entry).hasMatch())
            continue;
        AuditAnchorFile file = readAnchorFile(folder, entry, key);
        if (file.status == AuditAnchorFile::Status::Valid) {
            *newest = file;
            return true;
        }
        skipped->append(file);
    }
    return true;
}

QList<AuditCheckpoint> auditAnchorPoints(const QList<AuditAnchorFile>& files)
{
    QList<AuditCheckpoint> points;
    for (const AuditAnchorFile& f : files) {
        if (f.status != AuditAnchorFile::Status::Valid)
            continue;
        points.append(
            AuditCheckpoint{f.anchor.head.seq, f.anchor.head.atMicros, f.anchor.head.hash});
        points.append(f.anchor.checkpoints);
    }
    return points;
}

AuditAnchorCheck checkAuditAnchors(const QList<AuditAnchorFile>& files,
                                   const AuditAnchorEvidence& evidence)
{
    using Finding = AuditAnchorFinding;
    AuditAnchorCheck check;
    check.files = int(files.size());
    QList<Finding> fileFindings;

    struct Point
    {
        AuditCheckpoint at;
        QString file;
        enum
        {
            Match,
            Purged,
            Missing,
            Differs
        } status = Match;
    };
    QList<Point> points;
    QList<const AuditAnchorFile*> valid;
    for (const AuditAnchorFile& f : files) {
        if (f.status != AuditAnchorFile::Status::Valid) {
            fileFindings.append(
                {Finding::Kind::BadFile, 0, f.fileName,
                 u"アンカー %1: %2"_s.arg(f.fileName,
                                          f.problem.isEmpty() ? statusText(f.status) : f.problem)});
            continue;
        }
        if (!(f.anchor.identity == evidence.identity)) {
            fileFindings.append(
                {Finding::Kind::ForeignDatabase, 0, f.fileName,
                 u"アンカー %1 は別のデータベースのものです（データベース %2、システム識別子 %3。"
                 "照合したのは %4、%5）"_s.arg(
                     f.fileName, f.anchor.identity.database, f.anchor.identity.systemIdentifier,
                     evidence.identity.database, evidence.identity.systemIdentifier)});
            continue;
        }
        valid.append(&f);
        check.newestSeq = qMax(check.newestSeq, f.anchor.head.seq);
        points.append(
            {{f.anchor.head.seq, f.anchor.head.atMicros, f.anchor.head.hash}, f.fileName});
        for (const AuditCheckpoint& c : f.anchor.checkpoints)
            points.append({c, f.fileName});
    }
    check.valid = int(valid.size());
    if (valid.isEmpty())
        fileFindings.prepend(
            {Finding::Kind::NoAnchors,
             0,
             {},
             u"照合できるアンカーがありません（%1 件のファイルのうち、この鍵で正しく"
             "署名され、このデータベースのものは 0 件）"_s.arg(files.size())});

    std::stable_sort(points.begin(), points.end(),
                     [](const Point& a, const Point& b) { return a.at.seq < b.at.seq; });
    auto excused = [&](const AuditCheckpoint& p) {
        if (evidence.firstEventSeq != 0 && p.seq >= evidence.firstEventSeq)
            return false;
        return std::any_of(evidence.purges.cbegin(), evidence.purges.cend(),
                           [&](const AuditRetentionPurge& purge) {
                               return purge.plausible && p.seq <= purge.anchorSeq &&
                                      p.atMicros < purge.cutoffMicros;
                           });
    };
    const Point* firstBad = nullptr;
    const Point* lastGood = nullptr;
    QList<qint64> badSeqs;
    for (Point& p : points) {
        const auto event = evidence.events.constFind(p.at.seq);
        if (event == evidence.events.cend())
            p.status = excused(p.at) ? Point::Purged : Point::Missing;
        else if (event->hash != p.at.hash || event->atMicros != p.at.atMicros)
            p.status = Point::Differs;
        ++check.points;
        if (p.status == Point::Match)
            ++check.matched;
        else if (p.status == Point::Purged)
            ++check.purged;
        else if (badSeqs.isEmpty() || badSeqs.last() != p.at.seq)
            badSeqs.append(p.at.seq);
        if ((p.status == Point::Missing || p.status == Point::Differs) && !firstBad)
            firstBad = &p;
        if (p.status == Point::Match && !firstBad)
            lastGood = &p;
    }

    // The first anchor whose head the chain head is now behind.
    const AuditAnchorFile* rewoundBy = nullptr;
    int rewoundAnchors = 0;
    for (const AuditAnchorFile* f : valid) {
        if (f->anchor.head.seq <= evidence.head.seq)
            continue;
        ++rewoundAnchors;
        if (!rewoundBy || f->anchor.head.seq < rewoundBy->anchor.head.seq)
            rewoundBy = f;
    }
    const QString others =
        badSeqs.size() > 1
            ? u"（一致しない・見つからないアンカーの記録は計 %1 件）"_s.arg(badSeqs.size())
            : QString();
    QList<Finding> eventFindings;
    bool rewindTold = false;
    if (firstBad) {
        const QString when = auditTimeText(firstBad->at.atMicros);
        const QString goodText =
            lastGood ? u"最後に一致するのは連番 %1（アンカー %2）"_s.arg(lastGood->at.seq)
                           .arg(lastGood->file)
                     : u"それより前に一致するアンカーの記録はありません"_s;
        if (firstBad->status == Point::Missing && firstBad->at.seq > evidence.lastEventSeq) {
            // Every event up to the last one left is there; the chain had firstBad (and so every
            // number before it): exactly those after the last one are gone.
            const qint64 first = evidence.lastEventSeq + 1;
            QString text = u"連番 %1 以降の記録が失われています（末尾の削除"_s.arg(first);
            if (rewoundBy) {
                text += u"、先頭の記録も連番 %1 に巻き戻されています"_s.arg(evidence.head.seq);
                rewindTold = true;
            }
            text += u"）: アンカー %1 には連番 %2（%3）の記録があり、署名付きのアンカーでは連番 %4 "
                    "まで存在していました"_s.arg(firstBad->file)
                        .arg(firstBad->at.seq)
                        .arg(when)
                        .arg(check.newestSeq);
            // Events after the last matching anchored one are only chained forward from it:
            // anchors cannot tell whether those still there are the original ones.
            if (lastGood && lastGood->at.seq < evidence.lastEventSeq)
                text += u"。連番 %1〜%2 は一致した最後のアンカーの記録より後のため、アンカーでは"
                        "確かめられません"_s.arg(lastGood->at.seq + 1)
                            .arg(evidence.lastEventSeq);
            eventFindings.append({Finding::Kind::Truncated, first, firstBad->file, text + others});
        } else if (firstBad->status == Point::Missing) {
            eventFindings.append({Finding::Kind::Changed, firstBad->at.seq, firstBad->file,
                                  u"連番 %1（%2）の記録がありません: アンカー %3 と矛盾します。%4"_s
                                          .arg(firstBad->at.seq)
                                          .arg(when, firstBad->file, goodText) +
                                      others});
        } else {
            // Without an earlier matching point: from the first event the log still holds.
            const qint64 from =
                lastGood ? lastGood->at.seq + 1 : qMax<qint64>(1, evidence.firstEventSeq);
            eventFindings.append(
                {Finding::Kind::Changed, from, firstBad->file,
                 u"連番 %1〜%2 の間で記録が変わっています（連鎖の作り直し）: 最初に一致しない"
                 "のは連番 %2（%3、アンカー %4）、%5"_s.arg(from)
                         .arg(firstBad->at.seq)
                         .arg(when, firstBad->file, goodText) +
                     others});
        }
    }
    if (rewoundBy && !rewindTold) {
        eventFindings.append(
            {Finding::Kind::Rewound, evidence.head.seq + 1, rewoundBy->fileName,
             u"先頭の記録（連番 %1）がアンカー %2（連番 %3）より後退しています（先頭の巻き戻し%4）"_s
                 .arg(evidence.head.seq)
                 .arg(rewoundBy->fileName)
                 .arg(rewoundBy->anchor.head.seq)
                 .arg(rewoundAnchors > 1
                          ? u"、ほかにアンカー %1 件とも矛盾"_s.arg(rewoundAnchors - 1)
                          : QString())});
    }
    std::stable_sort(eventFindings.begin(), eventFindings.end(),
                     [](const Finding& a, const Finding& b) { return a.seq < b.seq; });
    check.findings = eventFindings + fileFindings;
    return check;
}

} // namespace kohi::db
