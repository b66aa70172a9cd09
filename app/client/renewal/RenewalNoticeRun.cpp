#include "app/client/renewal/RenewalNoticeRun.h"

#include "app/client/renewal/RenewalNoticePdf.h"
#include "db/RenewalBatchRepository.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kohi::app {

bool RenewalNoticeRun::step(Result& result, QString* written)
{
    if (!QDir().mkpath(m_directory)) {
        result.problem = tr("出力先のフォルダーを作成できません: %1").arg(m_directory);
        return false;
    }
    db::RenewalBatchRepository batches(m_session);
    const auto notices = batches.claimNotices(m_batchId);
    if (!notices) {
        // 55000: the batch was cancelled meanwhile.
        if (batches.lastError().sqlState == u"55000"_s)
            result.cancelled = true;
        else
            result.problem = batches.lastError().message;
        return false;
    }
    if (notices->isEmpty()) {
        result.complete = true;
        return false;
    }
    const db::RenewalNotice& first = notices->constFirst();
    const QString file =
        QDir(m_directory)
            .filePath(RenewalNoticePdf::partFileName(m_batchId, first.part, first.healthCentre));
    if (const QString problem = RenewalNoticePdf::write(*notices, file); !problem.isEmpty()) {
        result.problem = problem;
        return false;
    }
    if (!batches.noticesDone(m_batchId, first.part, QFileInfo(file).fileName())) {
        result.problem = batches.lastError().message;
        return false;
    }
    ++result.parts;
    result.notices += int(notices->size());
    if (written)
        *written = file;
    return true;
}

RenewalNoticeRun::Result
RenewalNoticeRun::run(const std::function<void(int, const QString&)>& onPart)
{
    Result result;
    while (!m_stop) {
        const int before = result.notices;
        QString file;
        if (!step(result, &file))
            return result;
        if (onPart)
            onPart(result.notices - before, file);
    }
    result.cancelled = true;
    return result;
}

} // namespace kohi::app
