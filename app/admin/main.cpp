// kohi-admin: administration CLI. Connects with the libpq environment (see `localdb.sh env`).
#include "app/admin/AdminContext.h"
#include "app/admin/ApiReferenceCommand.h"
#include "app/admin/AuditCommand.h"
#include "app/admin/BackupCommand.h"
#include "app/admin/DemoCommand.h"
#include "app/admin/EnvCommand.h"
#include "app/admin/JukiCommand.h"
#include "app/admin/KeysCommand.h"
#include "app/admin/MigrateCommand.h"
#include "app/admin/RenewalCommand.h"
#include "app/admin/RetentionCommand.h"
#include "app/admin/SchemaDiffCommand.h"
#include "app/admin/SettingsCommand.h"
#include "app/admin/TerminalCommand.h"
#include "app/admin/UserCommand.h"
#include "app/admin/ValidateCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void printUsage(QTextStream& stream)
{
    stream
        << "使い方: kohi-admin COMMAND ...\n"
           "  migrate [--status]              データベースのマイグレーションを適用\n"
           "  env show | env set KIND NAME    環境の種別と名称\n"
           "  user create LOGIN --name NAME [--duty ROLE]... [--password-stdin]\n"
           "  user duties LOGIN [ROLE]...     職務を置き換える（ROLE なし: 職務なし）\n"
           "  user disable LOGIN | user enable LOGIN | user unlock LOGIN\n"
           "  user reset-password LOGIN       パスワードを再発行（初期パスワードを一度だけ表示）\n"
           "  user list                       "
           "職員アカウントの一覧（状態・ロック・失敗回数・最終ログイン）\n"
           "  settings list | settings set KEY VALUE   パスワードポリシーと無操作時間の設定\n"
           "  demo seed [--recipients N]      合成受給者データの投入（本番環境では拒否）\n"
           "  demo mynumbers [--count N]      合成の個人番号を担当者として登録（デモ用）\n"
           "  demo inquiries CSV              合成の受給者と回答待ちの照会（照会番号はCSVのまま）\n"
           "  juki import FILE [--dry-run] [--report OUT.tsv]   住基ネットの回答ファイルの取り込み"
           "（担当者のログインで）\n"
           "  juki export OUT.csv | juki review   回答待ちの照会の書き出し・確認リスト\n"
           "  juki inquire RECIPIENT_ID REASON | juki resolve IMPORT LINE ACTION --note TEXT\n"
           "  eligibility end-lapsed [--date D] [--dry-run]   "
           "期間満了・市への移行による認定終了（DB管理者、1月1日・4月1日の定期実行用）\n"
           "  retention due [--date D]        保存期間を過ぎた個人番号と書類の一覧\n"
           "  validate KIND VALUE             入力値の検証（mynumber kohi hoken jukyusha lgcode "
           "kana date）\n"
           "  keys create|enrol|remove|rotate|fingerprint|list ...  "
           "個人番号の鍵の作成・閲覧者の登録と削除・鍵の更新\n"
           "  keys propose rotate|enrol VIEWER|remove VIEWER | keys approve ID | keys proposals  "
           "鍵の操作の提案と承認（二人で）\n"
           "  terminal issue ID [--reveals] [--cert FILE] [--key FILE] | terminal revoke ID|SERIAL "
           "--reason TEXT [--crl FILE] | terminal list   端末証明書の発行・失効・一覧\n"
           "  terminal approve-reveals ID [--reason NOTE]   "
           "個人番号を表示できる端末の承認（別のユーザー管理者）\n"
           "  audit head | audit verify [--from-anchor FILE] [--head FILE]   "
           "アクセスログの先頭の書き出しと改ざん検証\n"
           "  audit anchor-key create --private FILE --public FILE   "
           "アンカーの署名鍵（Ed25519）の作成\n"
           "  audit anchor [--dir DIR] [--key FILE]   "
           "署名付きアンカーの作成（DB の外に保管、定期実行用）\n"
           "  audit verify --anchors DIR --anchor-public-key FILE   "
           "アンカーとも照合して検証（結果は最後の1行）\n"
           "  audit partitions [--ahead N] | audit purge   "
           "月別区画の作成・保存期間を過ぎた月の削除（DB管理者）\n"
           "  audit monitor                   監視ルールの評価（定期実行用、DB管理者）\n"
           "  audit holidays [list|add DATE NAME|remove DATE]   閉庁日（監視の時間外判定）\n"
           "  renewal create|status|notices|cancel|resume|items ...   "
           "一斉更新（担当者のログインで）\n"
           "  stats [YYYY-MM-DD]              "
           "有効な受給者証の数（制度・疾病・階層区分・保健所別）\n"
           "  schema-diff CONNINFO_A CONNINFO_B   二つのデータベースの構成の差分（0 同じ、1 "
           "差分あり）\n"
           "  backup FILE | restore FILE      バックアップ（pg_dump 形式と FILE.globals）と復元\n"
           "  api-reference [--out FILE]      kohi_api の全関数の説明（Markdown、DB管理者）\n"
           "接続先は libpq の環境変数（PGHOST PGPORT PGDATABASE PGUSER PGSSLROOTCERT "
           "PGPASSFILE、職員は端末証明書 PGSSLCERT PGSSLKEY も）で指定します。\n"
           "端末証明書: KOHI_CA_CERT / KOHI_CA_KEY（事務所 "
           "CA）、KOHI_TERMINAL_CRL（サーバーの失効リスト）が "
           "--ca-cert / --ca-key / --crl の既定値です。\n"
           "アンカー: KOHI_ANCHOR_DIR（フォルダー）、KOHI_ANCHOR_KEY（署名鍵）、"
           "KOHI_ANCHOR_PUBLIC_KEY（公開鍵）が --dir / --key / --anchor-public-key の既定値です。"
        << Qt::endl;
}
} // namespace

int main(int argc, char* argv[])
{
    // libpq's messages in English, so connection errors can be classified reliably.
    qputenv("LC_MESSAGES", "C");
    qunsetenv("LANGUAGE");
    // The renewal notices are painted (PDF): a QGuiApplication, without a display.
    std::unique_ptr<QCoreApplication> app;
    const bool paints =
        argc > 2 && kohi::admin::renewalCommandPaints(QString::fromLocal8Bit(argv[1]),
                                                      {QString::fromLocal8Bit(argv[2])});
    if (paints) {
#ifndef Q_OS_WIN
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"kohi-admin"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    // Asked-for help is an answer, not an error: stdout and exit 0, for any command.
    const auto isHelp = [](const QString& a) { return a == u"--help"_s || a == u"-h"_s; };
    if (command == u"help"_s || isHelp(command) ||
        std::any_of(args.cbegin(), args.cend(), isHelp)) {
        printUsage(out);
        return 0;
    }
    if (command == u"--version"_s) {
        out << "kohi-admin " << KOHI_VERSION << Qt::endl;
        return 0;
    }
    kohi::admin::AdminContext ctx(out, err);
    if (command == u"migrate"_s)
        return kohi::admin::runMigrateCommand(args, ctx);
    if (command == u"env"_s)
        return kohi::admin::runEnvCommand(args, ctx);
    if (command == u"user"_s)
        return kohi::admin::runUserCommand(args, ctx);
    if (command == u"settings"_s)
        return kohi::admin::runSettingsCommand(args, ctx);
    if (command == u"terminal"_s)
        return kohi::admin::runTerminalCommand(args, ctx);
    if (command == u"demo"_s)
        return kohi::admin::runDemoCommand(args, ctx);
    if (command == u"keys"_s)
        return kohi::admin::runKeysCommand(args, ctx);
    if (command == u"juki"_s)
        return kohi::admin::runJukiCommand(args, ctx);
    if (command == u"eligibility"_s)
        return kohi::admin::runEligibilityCommand(args, ctx);
    if (command == u"retention"_s)
        return kohi::admin::runRetentionCommand(args, ctx);
    if (command == u"audit"_s)
        return kohi::admin::runAuditCommand(args, ctx);
    if (command == u"renewal"_s)
        return kohi::admin::runRenewalCommand(args, ctx);
    if (command == u"stats"_s)
        return kohi::admin::runStatsCommand(args, ctx);
    if (command == u"schema-diff"_s)
        return kohi::admin::runSchemaDiffCommand(args, ctx);
    if (command == u"backup"_s || command == u"restore"_s)
        return kohi::admin::runBackupCommand(command, args, ctx);
    if (command == u"api-reference"_s)
        return kohi::admin::runApiReferenceCommand(args, ctx);
    if (command == u"validate"_s)
        return kohi::admin::runValidateCommand(args, out, err);
    printUsage(err);
    return kohi::admin::Usage;
}
