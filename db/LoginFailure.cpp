#include "db/LoginFailure.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kohi::db {

LoginFailure classifyConnectionError(const QString& m)
{
    if (m.isEmpty())
        return LoginFailure::None;
    // kohi_auth (the server extension) refuses locked roles with this wording.
    if (m.contains(u"is locked"_s))
        return LoginFailure::AccountLocked;
    if (m.contains(u"password authentication failed"_s) || m.contains(u"no password supplied"_s) ||
        m.contains(u"fe_sendauth"_s))
        return LoginFailure::WrongCredentials;
    // The terminal's certificate (pg_hba clientcert, the server's CRL): the second factor.
    if (m.contains(u"requires a valid client certificate"_s) ||
        m.contains(u"certificate revoked"_s) || m.contains(u"certificate expired"_s) ||
        m.contains(u"unknown ca"_s) || m.contains(u"sslcert"_s) || m.contains(u"sslkey"_s) ||
        m.contains(u"private key file"_s) || m.contains(u"client certificate"_s))
        return LoginFailure::TerminalCertificate;
    if (m.contains(u"certificate"_s) || m.contains(u"SSL error"_s) ||
        m.contains(u"sslrootcert"_s) || m.contains(u"root certificate file"_s) ||
        m.contains(u"does not match host name"_s))
        return LoginFailure::CertificateProblem;
    if (m.contains(u"no pg_hba.conf entry"_s) || m.contains(u"permission denied for database"_s) ||
        m.contains(u"not permitted to log in"_s))
        return LoginFailure::NotPermitted;
    if (m.contains(u"Connection refused"_s) || m.contains(u"could not connect"_s) ||
        m.contains(u"timeout expired"_s) || m.contains(u"could not translate host name"_s) ||
        m.contains(u"No route to host"_s) || m.contains(u"Network is unreachable"_s) ||
        m.contains(u"server closed the connection"_s))
        return LoginFailure::ServerUnreachable;
    return LoginFailure::Other;
}

QString loginFailureMessage(LoginFailure failure)
{
    const char* ctx = "kohi::db::LoginFailure";
    switch (failure) {
    case LoginFailure::None:
        return {};
    case LoginFailure::WrongCredentials:
        return QCoreApplication::translate(
            ctx, "ユーザーIDまたはパスワードが正しくありません。入力し直してください。"
                 "続けて間違えるとアカウントがロックされます。");
    case LoginFailure::AccountLocked:
        return QCoreApplication::translate(
            ctx, "このアカウントはロックされています。ユーザー管理者に解除を依頼してください。");
    case LoginFailure::ServerUnreachable:
        return QCoreApplication::translate(
            ctx, "データベースサーバーに接続できません。ネットワークの状態を確認し、"
                 "解決しない場合は情報システム担当に連絡してください。");
    case LoginFailure::CertificateProblem:
        return QCoreApplication::translate(
            ctx, "サーバー証明書を確認できないため接続を中止しました（なりすましの可能性）。"
                 "情報システム担当に連絡してください。");
    case LoginFailure::TerminalCertificate:
        return QCoreApplication::translate(
            ctx,
            "この端末の端末証明書が設定されていないか、失効または期限切れのため接続できません。"
            "情報システム担当に連絡してください。");
    case LoginFailure::NotPermitted:
        return QCoreApplication::translate(ctx,
                                           "この端末またはユーザーからの接続は許可されていません。"
                                           "情報システム担当に連絡してください。");
    case LoginFailure::Configuration:
        return QCoreApplication::translate(
            ctx, "端末の接続設定に誤りがあります。情報システム担当に連絡してください。");
    case LoginFailure::Other:
        break;
    }
    return QCoreApplication::translate(
        ctx, "ログインできませんでした。情報システム担当に連絡してください。");
}

} // namespace kohi::db
