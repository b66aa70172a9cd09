#pragma once

#include "core/import/ImportReport.h"
#include "core/import/JukiAnswerFile.h"

namespace kohi::db {

class Session;
class MyNumberRepository;

// Imports a parsed 住基ネット answer file in one transaction (0027): begin (a file imported before
// is refused, so a re-import changes nothing), match every record on the server, register each
// accepted number through MyNumberRepository::registerNumber — the path a typed number takes,
// pending until a second person confirms it — report the registrations, finish, commit. Any
// failure rolls everything back. The numbers in `file` are cleared once used.
class JukiImportRepository
{
public:
    JukiImportRepository(const Session& session, MyNumberRepository& numbers);

    // dryRun: match and report, then roll back (no number is sealed or sent).
    juki::ImportReport importFile(juki::AnswerFile& file, const QString& fileName, bool dryRun);

    // The report of a file the parser refused: one FILE_REFUSED line naming where.
    static juki::ImportReport refusedFile(const juki::AnswerFile& file);

private:
    juki::ImportReport refuseAll(const juki::AnswerFile& file, const QString& message);

    const Session& m_session;
    MyNumberRepository& m_numbers;
};

} // namespace kohi::db
