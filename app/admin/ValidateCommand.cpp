#include "app/admin/ValidateCommand.h"

#include "core/validation/ValidateByKind.h"

using namespace Qt::StringLiterals;

namespace kohi::admin {

namespace {

int usage(QTextStream& err)
{
    err << u"使い方: validate <種類> <値>"_s << Qt::endl
        << u"種類: "_s << validationKinds().join(u", "_s) << Qt::endl;
    return 2;
}

} // namespace

int runValidateCommand(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.size() != 2) {
        return usage(err);
    }
    const auto result = validateByKind(args.at(0), args.at(1));
    if (!result) {
        err << u"不明な種類「%1」です。"_s.arg(args.at(0)) << Qt::endl;
        return usage(err);
    }
    if (result->isError()) {
        err << result->message << Qt::endl;
        return 1;
    }
    out << result->normalized << Qt::endl;
    if (result->isWarning()) {
        err << u"警告: "_s << result->message << Qt::endl;
    }
    return 0;
}

} // namespace kohi::admin
