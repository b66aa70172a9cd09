#pragma once

#include <QStringList>
#include <QTextStream>

namespace kohi::admin {

// `validate KIND VALUE`: prints the normalised value to `out` and returns 0 (a Warning adds a
// 「警告: 」 line on `err`), or prints the error to `err` and returns 1; usage errors return 2.
int runValidateCommand(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace kohi::admin
