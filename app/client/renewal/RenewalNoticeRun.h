#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <functional>

namespace kohi::db {
class Session;
}

namespace kohi::app {

// Generates a renewal batch's notices part by part: claim a part on the server, write its PDF
// (atomically, under the part's fixed name), tell the server it is done. The server's per-item
// state makes a rerun after a kill, a cancel or a crash continue exactly where the last
// completed part ended: nothing is skipped and nothing is generated twice. Several runs (each
// with its own connection) may work on one batch at once.
class RenewalNoticeRun
{
    Q_DECLARE_TR_FUNCTIONS(kohi::app::RenewalNoticeRun)

public:
    RenewalNoticeRun(const db::Session& session, qint64 batchId, const QString& directory)
        : m_session(session), m_batchId(batchId), m_directory(directory)
    {
    }

    struct Result
    {
        int parts = 0;
        int notices = 0;
        bool complete = false;  // every notice of the batch is generated
        bool cancelled = false; // the batch was cancelled (on the server) or stop() was called
        QString problem;        // why it stopped otherwise (Japanese)
    };

    // onPart(notices of the part, file) after each part is recorded as done.
    Result run(const std::function<void(int, const QString&)>& onPart = {});

    // One part: claims it, writes it, records it. Adds to result; false when the run is over
    // (result says why: complete, cancelled or a problem). The client calls this from its
    // event loop, one part at a time, to keep the window responsive and show progress.
    bool step(Result& result, QString* file = nullptr);
    // Asks the run to stop after the part it is writing (thread-safe).
    void stop() { m_stop = true; }
    bool stopRequested() const { return m_stop; }

private:
    const db::Session& m_session;
    qint64 m_batchId;
    QString m_directory;
    std::atomic<bool> m_stop{false};
};

} // namespace kohi::app
