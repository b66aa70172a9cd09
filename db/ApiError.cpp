#include "db/ApiError.h"

#include "db/PgParams.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::db {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kohi::db::ApiError", text);
}

bool hasNonAscii(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7f)
            return true;
    }
    return false;
}

// Class 22 (data exception) and 23 (integrity constraint): a value the server cannot store.
bool isDataError(const QString& sqlState)
{
    return sqlState.startsWith(u"22"_s) || sqlState.startsWith(u"23"_s);
}

} // namespace

bool ApiError::isConflict() const
{
    return sqlState == u"40001"_s || sqlState == u"55000"_s;
}

QStringList ApiError::lines() const
{
    return message.split(u'\n', Qt::SkipEmptyParts);
}

ApiError ApiError::fromResult(const PgResult& result, const QString& operation)
{
    ApiError e;
    e.operation = operation;
    e.sqlState = result.sqlState;
    e.serverMessage = result.errorMessage;
    if (hasNonAscii(result.errorMessage)) {
        e.message = result.errorMessage;
    } else if (result.sqlState == u"42501"_s) {
        e.message = tr("この操作を行う権限がありません。");
    } else if (result.sqlState.isEmpty() || result.sqlState.startsWith(u"08"_s) ||
               result.sqlState.startsWith(u"57P"_s)) {
        e.message = tr("データベースとの接続が切れました。ログインし直してください。");
    } else if (result.sqlState == u"23505"_s) {
        // unique_violation: not the user's typing, a clash with what is already registered.
        e.message = tr("既に登録されている内容と重複するため、処理できませんでした"
                       "（SQLSTATE 23505）。システム管理者に連絡してください。");
    } else if (isDataError(result.sqlState)) {
        e.message = tr("入力内容の形式が正しくないため、サーバーが受け付けませんでした"
                       "（SQLSTATE %1）。入力を確認してください。")
                        .arg(result.sqlState);
    } else {
        e.message = tr("データベースでエラーが発生しました（SQLSTATE %1）。").arg(result.sqlState);
    }
    return e;
}

ApiError ApiError::clientSide(const QString& message)
{
    ApiError e;
    e.message = message;
    return e;
}

} // namespace kohi::db
