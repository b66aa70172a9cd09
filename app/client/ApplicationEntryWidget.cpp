#include "app/client/ApplicationEntryWidget.h"

#include "app/client/AddressOffer.h"
#include "app/client/BenefitLabels.h"
#include "app/client/CodeNameHint.h"
#include "app/client/DesignationField.h"
#include "app/client/EnterKeyNavigator.h"
#include "app/client/HouseholdDialog.h"
#include "app/client/InputMethodPolicy.h"
#include "app/client/KanaReadingCapture.h"
#include "app/client/MonthlyCostDialog.h"
#include "app/client/WithdrawalDialog.h"
#include "core/validation/NumericIdentifier.h"
#include "db/RecipientRepository.h"
#include "db/Session.h"
#include "db/SessionInfo.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kohi::app {

namespace {

constexpr auto kErrorStyle = "color: #b00020;";
constexpr auto kWarningStyle = "color: #8a5a00;";
constexpr auto kInfoStyle = "color: #555555;";

QString styleFor(FieldCheck::Level level)
{
    switch (level) {
    case FieldCheck::Level::Error:
        return QString::fromLatin1(kErrorStyle);
    case FieldCheck::Level::Warning:
        return QString::fromLatin1(kWarningStyle);
    default:
        return QString::fromLatin1(kInfoStyle);
    }
}

QGroupBox* groupBox(const QString& title, QWidget* parent, QGridLayout** grid)
{
    auto* box = new QGroupBox(title, parent);
    *grid = new QGridLayout(box);
    (*grid)->setColumnStretch(1, 1);
    (*grid)->setColumnStretch(2, 1);
    return box;
}

} // namespace

ApplicationEntryWidget::ApplicationEntryWidget(db::Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_repository(session), m_references(session),
      m_navigator(new EnterKeyNavigator(this))
{
    setObjectName(u"applicationEntry"_s);
    setWindowTitle(tr("申請入力"));
    const bool mastersOk = m_masters.load(m_repository);
    m_healthCentres.load(session); // only a label: the form works without it
    // Only programmes that take applications (療育医療 is closed, 0044).
    m_programmes = programmesOpenForApplications(db::SessionInfo::fetch(session).programmes);

    buildForm();
    buildReferenceHints();
    fillMasterCombos();
    m_navigator->install(m_formArea);
    newApplication();
    if (!mastersOk)
        showResult(
            tr("選択肢（疾病名・所得区分など）を読み込めませんでした: %1").arg(m_masters.error()),
            {}, true);
}

ApplicationEntryWidget::~ApplicationEntryWidget() = default;

QLineEdit* ApplicationEntryWidget::addLine(QGridLayout* grid, int row, const QString& name,
                                           const QString& label, bool japanese,
                                           Qt::InputMethodHints hints,
                                           std::function<FieldCheck(const QString&)> check)
{
    auto* edit = new QLineEdit(grid->parentWidget());
    edit->setObjectName(name);
    if (japanese)
        useJapaneseInput(edit);
    else
        useDirectInput(edit, hints);
    auto* caption = new QLabel(label, grid->parentWidget());
    caption->setBuddy(edit);
    auto* message = new QLabel(grid->parentWidget());
    message->setObjectName(name + u"Message"_s);
    message->setWordWrap(true);
    if (check) {
        // Space for a two-line message is kept from the start, so a message (or a name beside a
        // code) appearing as the clerk types does not push the fields below it down.
        message->setMinimumHeight(2 * message->fontMetrics().lineSpacing() + 2);
        message->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    }
    grid->addWidget(caption, row, 0);
    grid->addWidget(edit, row, 1);
    grid->addWidget(message, row, 2);
    QString plain = label;
    if (const qsizetype at = plain.indexOf(u"(&"_s); at >= 0)
        plain.truncate(at); // the label without its mnemonic
    if (check) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            const LineField* f = lineField(edit);
            if (!f)
                return;
            const FieldCheck c = validateField(*f, true);
            if (c.level == FieldCheck::Level::None || c.level == FieldCheck::Level::Info)
                dropProblemsOf(edit->objectName());
        });
    }
    m_lines << LineField{edit, message, std::move(check), plain};
    return edit;
}

QComboBox* ApplicationEntryWidget::addCombo(QGridLayout* grid, int row, const QString& name,
                                            const QString& label)
{
    auto* combo = new QComboBox(grid->parentWidget());
    combo->setObjectName(name);
    useDirectInput(combo, Qt::ImhNone);
    auto* caption = new QLabel(label, grid->parentWidget());
    caption->setBuddy(combo);
    grid->addWidget(caption, row, 0);
    grid->addWidget(combo, row, 1);
    return combo;
}

void ApplicationEntryWidget::buildForm()
{
    m_formArea = new QWidget;
    auto* scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_formArea);

    const auto none = std::function<FieldCheck(const QString&)>();
    const auto date = [](bool required) {
        return [required](const QString& t) { return checkDate(t, required); };
    };
    const Qt::InputMethodHints dateHints = Qt::ImhPreferNumbers | Qt::ImhDate;

    QGridLayout* g = nullptr;
    QGroupBox* receipt = groupBox(tr("申請"), m_formArea, &g);
    m_programme = addCombo(g, 0, u"programme"_s, tr("制度(&P)"));
    m_kindLabel = new QLabel(receipt);
    m_kindLabel->setObjectName(u"kind"_s);
    g->addWidget(new QLabel(tr("申請区分"), receipt), 1, 0);
    g->addWidget(m_kindLabel, 1, 1);
    m_registrationOnly = new QCheckBox(tr("登録者証のみを申請（医療費の助成なし）(&O)"), receipt);
    m_registrationOnly->setObjectName(u"registrationOnly"_s);
    m_registrationOnly->setToolTip(
        tr("指定難病・小児慢性特定疾病の患者が、医療費の助成を受けずに登録者証の交付だけを"
           "申請する場合（2024年4月から）。所得区分・上限額・有効期間は入力しません。"));
    g->addWidget(m_registrationOnly, 1, 2);
    connect(m_registrationOnly, &QCheckBox::toggled, this, [this](bool only) {
        if (m_id || (m_kind != u"new"_s && m_kind != u"registration"_s))
            return; // the kind of a saved application never changes
        m_kind = only ? u"registration"_s : u"new"_s;
        m_kindLabel->setText(applicationKindLabel(m_kind));
        applyKindRules();
        updateMonthlyCap();
    });
    m_receivedDate =
        addLine(g, 2, u"receivedDate"_s, tr("受付日(&R)"), false, dateHints, date(true));
    m_healthCentre = addCombo(g, 3, u"healthCentre"_s, tr("受付保健所"));

    QGroupBox* applicant = groupBox(tr("申請者（本人）"), m_formArea, &g);
    m_familyName = addLine(g, 0, u"familyName"_s, tr("氏名（姓）(&N)"), true, {}, none);
    m_givenName = addLine(g, 1, u"givenName"_s, tr("氏名（名）"), true, {}, none);
    m_familyKana = addLine(g, 2, u"familyNameKana"_s, tr("カナ（姓）"), true, {},
                           [](const QString& t) { return checkKana(t, true); });
    m_givenKana = addLine(g, 3, u"givenNameKana"_s, tr("カナ（名）"), true, {},
                          [](const QString& t) { return checkKana(t, true); });
    // The kana are proposed from the names' readings as they are typed through the IME.
    new KanaReadingCapture(m_familyName, m_familyKana, this);
    new KanaReadingCapture(m_givenName, m_givenKana, this);
    m_birthDate = addLine(g, 4, u"birthDate"_s, tr("生年月日(&B)"), false, dateHints,
                          [this](const QString& t) {
                              FieldCheck c = checkDate(t, true);
                              const QDate received = checkDate(m_receivedDate->text(), false).date;
                              const QDate on = received.isValid() ? received : QDate::currentDate();
                              if (c.date.isValid() && c.date.addYears(18) > on)
                                  c.message += tr("　18歳未満のため保護者の入力が必要です。");
                              return c;
                          });
    m_sex = addCombo(g, 5, u"sex"_s, tr("性別"));
    m_sex->addItem(tr("（選択）"), 0);
    m_sex->addItem(tr("1 男"), 1);
    m_sex->addItem(tr("2 女"), 2);
    m_postalCode =
        addLine(g, 6, u"postalCode"_s, tr("郵便番号"), false, Qt::ImhPreferNumbers,
                [this](const QString& t) {
                    FieldCheck c = checkPostalCode(t);
                    // What the postcode table offers stays said as the field is left.
                    if (!c.isError() && m_addressOffer && !m_addressOffer->summary().isEmpty()) {
                        c.level = FieldCheck::Level::Info;
                        c.message = m_addressOffer->summary();
                    }
                    return c;
                });
    m_address = addLine(g, 7, u"address"_s, tr("住所"), true, {}, none);
    m_municipality = addLine(g, 8, u"municipalityCode"_s, tr("市町村コード"), false,
                             Qt::ImhDigitsOnly, [this](const QString& t) {
                                 const FieldCheck c = checkMunicipalityCode(t);
                                 return withMasterName(
                                     c, m_masters.name(db::MasterKind::Municipality, c.normalized),
                                     tr("大阪府の市町村マスタにないコードです。住所の市町村のコード"
                                        "か確認してください。"),
                                     FieldCheck::Level::Warning);
                             });
    // The 保健所 that receives the municipality's applications, beside the code (the
    // municipality's own name is the code's hint under the field).
    m_municipalityHealthCentre = new QLabel(applicant);
    m_municipalityHealthCentre->setObjectName(u"municipalityHealthCentre"_s);
    g->addWidget(m_municipalityHealthCentre, 8, 3);
    connect(m_municipality, &QLineEdit::textChanged, this, [this](const QString& text) {
        const auto* e = m_healthCentres.find(normalizeIdentifierDigits(text));
        m_municipalityHealthCentre->setText(!e ? QString()
                                            : e->healthCentreName.isEmpty()
                                                ? tr("府の保健所の区域外")
                                                : e->healthCentreName);
    });
    m_phone =
        addLine(g, 9, u"phone"_s, tr("電話番号"), false, Qt::ImhDialableCharactersOnly, checkPhone);

    QGroupBox* guardian = groupBox(tr("保護者（18歳未満の場合）"), m_formArea, &g);
    m_guardianName = addLine(g, 0, u"guardianName"_s, tr("保護者氏名"), true, {}, none);
    m_guardianKana = addLine(g, 1, u"guardianKana"_s, tr("保護者カナ"), true, {},
                             [](const QString& t) { return checkKana(t, false); });
    m_guardianRelationship = addLine(g, 2, u"guardianRelationship"_s, tr("続柄"), true, {}, none);

    QGroupBox* insurance = groupBox(tr("医療保険"), m_formArea, &g);
    m_insurerNumber = addLine(g, 0, u"insurerNumber"_s, tr("保険者番号(&I)"), false,
                              Qt::ImhDigitsOnly, [this](const QString& t) {
                                  const FieldCheck c = checkInsurerNumber(t);
                                  return withMasterName(
                                      c, m_masters.name(db::MasterKind::Insurer, c.normalized),
                                      tr("保険者マスタに登録のない番号です（保険証の番号を確認して"
                                         "ください）。"));
                              });
    m_insuranceSymbol = addLine(g, 1, u"insuranceSymbol"_s, tr("記号"), true, {}, none);
    m_insuranceNumber =
        addLine(g, 2, u"insuranceNumber"_s, tr("番号"), false, Qt::ImhPreferNumbers, none);

    QGroupBox* designation = groupBox(tr("指定医療機関・指定医"), m_formArea, &g);
    m_institution = addLine(g, 0, u"institutionCode"_s, tr("指定医療機関(&M)"), true, {},
                            [this](const QString& t) { return m_institutionField->check(t); });
    m_institution->setPlaceholderText(tr("コードまたは名称の一部"));
    m_doctor = addLine(g, 1, u"doctorCode"_s, tr("指定医(&T)"), true, {},
                       [this](const QString& t) { return m_doctorField->check(t); });
    m_doctor->setPlaceholderText(tr("指定医番号または氏名の一部"));

    QGroupBox* certification = groupBox(tr("認定内容"), m_formArea, &g);
    m_disease = addCombo(g, 0, u"disease"_s, tr("疾病名(&D)"));
    m_incomeTier = addCombo(g, 1, u"incomeTier"_s, tr("所得区分"));
    m_specialCase = addCombo(g, 2, u"specialCase"_s, tr("上限額の特例"));
    m_householdMembers = new QSpinBox(certification);
    m_householdMembers->setObjectName(u"householdMembers"_s);
    m_householdMembers->setRange(1, 20);
    m_householdRecipients = new QSpinBox(certification);
    m_householdRecipients->setObjectName(u"householdRecipients"_s);
    m_householdRecipients->setRange(1, 20);
    for (QSpinBox* spin : {m_householdMembers, m_householdRecipients})
        useDirectInput(spin, Qt::ImhDigitsOnly);
    g->addWidget(new QLabel(tr("世帯の人数"), certification), 3, 0);
    g->addWidget(m_householdMembers, 3, 1);
    g->addWidget(new QLabel(tr("世帯内の受給者数"), certification), 4, 0);
    g->addWidget(m_householdRecipients, 4, 1);
    m_monthlyCap = new QLabel(certification);
    m_monthlyCap->setObjectName(u"monthlyCap"_s);
    QFont capFont = m_monthlyCap->font();
    capFont.setBold(true);
    m_monthlyCap->setFont(capFont);
    g->addWidget(new QLabel(tr("自己負担上限月額"), certification), 5, 0);
    g->addWidget(m_monthlyCap, 5, 1, 1, 2);
    m_validFrom = addLine(
        g, 6, u"validFrom"_s, tr("有効期間（開始）"), false, dateHints, [this](const QString& t) {
            FieldCheck c = checkDate(t, true);
            const QDate received = checkDate(m_receivedDate->text(), false).date;
            if (c.date.isValid() && received.isValid() && c.date < received.addMonths(-1))
                c.message += tr("　受付日の1か月より前に遡るため、理由が必要です。");
            return c;
        });
    m_validTo = addLine(g, 7, u"validTo"_s, tr("有効期間（終了）"), false, dateHints,
                        [this](const QString& t) {
                            FieldCheck c = checkDate(t, true);
                            // Said as the field is left, not first on 提出.
                            const QDate from = checkDate(m_validFrom->text(), false).date;
                            if (c.date.isValid() && from.isValid() && c.date < from) {
                                c.level = FieldCheck::Level::Error;
                                c.message = tr("終了日が開始日より前です。");
                            }
                            return c;
                        });
    m_backdateReason = new QPlainTextEdit(certification);
    m_backdateReason->setObjectName(u"backdateReason"_s);
    m_backdateReason->setTabChangesFocus(true);
    m_backdateReason->setFixedHeight(m_backdateReason->fontMetrics().height() * 3 + 12);
    useJapaneseInput(m_backdateReason);
    g->addWidget(new QLabel(tr("遡りの理由"), certification), 8, 0);
    g->addWidget(m_backdateReason, 8, 1, 1, 2);

    auto* documents = new QGroupBox(tr("添付書類"), m_formArea);
    auto* docLayout = new QVBoxLayout(documents);
    for (const DocumentChoice& d : documentChoices()) {
        auto* box = new QCheckBox(d.label, documents);
        box->setObjectName(u"document_"_s + d.code);
        box->setProperty("code", d.code);
        docLayout->addWidget(box);
        m_documents << box;
    }

    // Created after the documents so that the Tab/Enter walk of the paper form above stays as
    // clerks know it; they sit in the certification box.
    m_diagnosisDate = addLine(g, 9, u"diagnosisDate"_s, tr("診断年月日"), false, dateHints,
                              [this](const QString& t) {
                                  FieldCheck c = checkDate(t, false);
                                  if (c.date.isValid() && c.date > QDate::currentDate())
                                      c.message += tr("　未来の日付です。");
                                  return c;
                              });
    m_diagnosisDate->setToolTip(
        tr("臨床調査個人票（医療意見書）の診断年月日。開始日を受付日より前に遡る場合に必要です。"));
    m_householdButton = new QPushButton(tr("支給認定基準世帯(&H)…"), certification);
    m_householdButton->setObjectName(u"householdButton"_s);
    m_householdButton->setAutoDefault(true);
    m_householdSummary = new QLabel(certification);
    m_householdSummary->setObjectName(u"householdSummary"_s);
    m_householdSummary->setWordWrap(true);
    g->addWidget(m_householdButton, 10, 0);
    g->addWidget(m_householdSummary, 10, 1, 1, 2);
    m_tierOverrideReason = new QLineEdit(certification);
    m_tierOverrideReason->setObjectName(u"tierOverrideReason"_s);
    m_tierOverrideReason->setPlaceholderText(
        tr("算定と違う階層区分にする場合だけ、その理由（承認者に表示されます）"));
    useJapaneseInput(m_tierOverrideReason);
    g->addWidget(new QLabel(tr("区分を変える理由"), certification), 11, 0);
    g->addWidget(m_tierOverrideReason, 11, 1, 1, 2);
    m_costButton = new QPushButton(tr("医療費総額（管理票）…"), certification);
    m_costButton->setObjectName(u"monthlyCostButton"_s);
    m_costButton->setAutoDefault(true);
    m_costButton->setToolTip(tr("高額かつ長期・軽症高額の判定に使う月ごとの医療費総額。申請を一度保"
                                "存すると入力できます。"));
    m_costSummary = new QLabel(certification);
    m_costSummary->setObjectName(u"costSummary"_s);
    m_costSummary->setWordWrap(true);
    g->addWidget(m_costButton, 12, 0);
    g->addWidget(m_costSummary, 12, 1, 1, 2);

    auto* left = new QVBoxLayout;
    left->addWidget(receipt);
    left->addWidget(applicant);
    left->addWidget(guardian);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(insurance);
    right->addWidget(designation);
    right->addWidget(certification);
    right->addWidget(documents);
    right->addStretch(1);
    auto* columns = new QHBoxLayout(m_formArea);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(u"formMessage"_s);
    m_message->setWordWrap(true);
    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(u"problemList"_s);
    m_problemList->setMaximumHeight(m_problemList->fontMetrics().height() * 6);
    m_problemList->setVisible(false);
    // In the Tab walk (before 保存); Enter or a double-click on a problem goes to its field.
    m_problemList->setFocusPolicy(Qt::StrongFocus);
    m_problemList->setToolTip(tr("Enter で該当する項目に移動します。"));
    connect(m_problemList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        goToProblemField(item->data(Qt::UserRole).toString());
    });

    m_newButton = new QPushButton(tr("新しい申請(&W)"), this);
    m_newButton->setObjectName(u"newButton"_s);
    m_saveButton = new QPushButton(tr("保存(&S)"), this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setToolTip(tr("下書きとして保存します（Ctrl+S）。"));
    m_submitButton = new QPushButton(tr("提出(&U)"), this);
    m_submitButton->setObjectName(u"submitButton"_s);
    m_submitButton->setToolTip(tr("承認者に提出します。提出後は変更できません。"));
    m_withdrawButton = new QPushButton(tr("取下げ(&T)…"), this);
    m_withdrawButton->setObjectName(u"withdrawButton"_s);
    m_withdrawButton->setToolTip(tr("申請者から取下げ書を受け付けたときに記録します。"));
    m_withdrawButton->setEnabled(false);
    // Enter on a focused button presses it (outside a dialog Qt needs autoDefault for that).
    for (QPushButton* b : {m_newButton, m_saveButton, m_submitButton, m_withdrawButton})
        b->setAutoDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_withdrawButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_submitButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_problemList);
    layout->addLayout(buttons);

    // One tab order for Tab and Enter: the order of the paper form.
    const QList<QWidget*> order{m_programme,
                                m_receivedDate,
                                m_healthCentre,
                                m_familyName,
                                m_givenName,
                                m_familyKana,
                                m_givenKana,
                                m_birthDate,
                                m_sex,
                                m_postalCode,
                                m_address,
                                m_municipality,
                                m_phone,
                                m_guardianName,
                                m_guardianKana,
                                m_guardianRelationship,
                                m_insurerNumber,
                                m_insuranceSymbol,
                                m_insuranceNumber,
                                m_institution,
                                m_doctor,
                                m_disease,
                                m_incomeTier,
                                m_specialCase,
                                m_householdMembers,
                                m_householdRecipients,
                                m_validFrom,
                                m_validTo,
                                m_backdateReason};
    m_walk = order;
    QList<QWidget*> chain = order;
    for (QCheckBox* box : m_documents)
        chain << box;
    chain << m_diagnosisDate << m_householdButton << m_tierOverrideReason << m_costButton;
    chain << m_problemList << m_saveButton << m_submitButton << m_newButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_programme, &QComboBox::currentIndexChanged, this, [this] {
        fillDiseases();
        updateMonthlyCap();
        if (m_institutionField) {
            m_institutionField->setProgramme(programme());
            m_doctorField->setProgramme(programme());
        }
    });
    connect(m_incomeTier, &QComboBox::currentIndexChanged, this,
            &ApplicationEntryWidget::updateMonthlyCap);
    for (QComboBox* combo : {m_sex, m_disease, m_incomeTier})
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int index) {
            if (index > 0)
                dropProblemsOf(combo->objectName());
        });
    connect(m_specialCase, &QComboBox::currentIndexChanged, this,
            &ApplicationEntryWidget::updateMonthlyCap);
    connect(m_validFrom, &QLineEdit::editingFinished, this, &ApplicationEntryWidget::validFromLeft);
    // Left empty, it emits no editingFinished (Qt 6: only after a change): the start is proposed
    // as the focus leaves it.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (old == m_validFrom && m_validFrom->text().trimmed().isEmpty())
            validFromLeft();
    });
    for (QLineEdit* dateField : {m_birthDate, m_receivedDate})
        connect(dateField, &QLineEdit::editingFinished, this,
                &ApplicationEntryWidget::updateGuardianWalk);
    connect(m_householdButton, &QPushButton::clicked, this, &ApplicationEntryWidget::openHousehold);
    connect(m_costButton, &QPushButton::clicked, this, &ApplicationEntryWidget::openMonthlyCosts);
    connect(m_saveButton, &QPushButton::clicked, this, &ApplicationEntryWidget::save);
    connect(m_submitButton, &QPushButton::clicked, this, &ApplicationEntryWidget::submit);
    connect(m_withdrawButton, &QPushButton::clicked, this, &ApplicationEntryWidget::withdraw);
    connect(m_newButton, &QPushButton::clicked, this, [this] {
        if (confirmDiscard())
            newApplication(programme());
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_formArea->isAncestorOf(now))
            m_resumeField = now;
    });
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &ApplicationEntryWidget::save);
}

QLabel* ApplicationEntryWidget::messageOf(const QLineEdit* edit) const
{
    const LineField* f = lineField(edit);
    return f ? f->message : nullptr;
}

void ApplicationEntryWidget::buildReferenceHints()
{
    // The name as soon as a complete, valid code is typed (the check digit must match first).
    m_municipalityHint = new CodeNameHint(
        m_municipality, messageOf(m_municipality),
        [this](const QString& t) {
            const FieldCheck c = checkMunicipalityCode(t);
            return c.isError() ? QString()
                               : m_masters.name(db::MasterKind::Municipality, c.normalized);
        },
        this);
    m_insurerHint = new CodeNameHint(
        m_insurerNumber, messageOf(m_insurerNumber),
        [this](const QString& t) {
            const FieldCheck c = checkInsurerNumber(t);
            return c.isError() || c.normalized.isEmpty()
                       ? QString()
                       : m_masters.name(db::MasterKind::Insurer, c.normalized);
        },
        this);
    m_addressOffer = new AddressOffer(
        m_postalCode, m_address, m_municipality,
        [this](const QString& postcode) { return m_references.postcodeTowns(postcode); }, this);
    QLabel* postcodeMessage = messageOf(m_postalCode);
    connect(m_addressOffer, &AddressOffer::summaryChanged, this,
            [postcodeMessage](const QString& summary) {
                postcodeMessage->setText(summary);
                postcodeMessage->setToolTip(summary);
                postcodeMessage->setStyleSheet(summary.isEmpty() ? QString()
                                                                 : CodeNameHint::nameStyle());
            });
    m_institutionField = new DesignationField(m_institution, messageOf(m_institution),
                                              db::Designation::Kind::Institution, this);
    m_doctorField =
        new DesignationField(m_doctor, messageOf(m_doctor), db::Designation::Kind::Doctor, this);
    if (const auto designations = m_references.designations()) {
        m_institutionField->setDesignations(*designations);
        m_doctorField->setDesignations(*designations);
    }
}

bool ApplicationEntryWidget::storeDesignation(const db::ApplicationForm& current)
{
    if (current.institutionCode == m_savedForm.institutionCode &&
        current.doctorCode == m_savedForm.doctorCode)
        return true;
    const auto version =
        m_repository.designate(*m_id, m_version, current.institutionCode, current.doctorCode);
    if (!version)
        return false;
    m_version = *version;
    return true;
}

void ApplicationEntryWidget::fillMasterCombos()
{
    m_programme->clear();
    for (const QString& p : m_programmes)
        m_programme->addItem(programmeLabel(p), p);
    // A leading number on each choice lets the clerk pick it by typing the number.
    auto fill = [this](QComboBox* combo, db::MasterKind kind, const QString& placeholder) {
        combo->clear();
        combo->addItem(placeholder, QString());
        const QList<db::MasterItem> items = m_masters.items(kind);
        for (int i = 0; i < items.size(); ++i)
            combo->addItem(u"%1 %2"_s.arg(i + 1).arg(items.at(i).label), items.at(i).code);
    };
    fill(m_healthCentre, db::MasterKind::HealthCentre, tr("（選択）"));
    fill(m_incomeTier, db::MasterKind::IncomeTier, tr("（選択）"));
    fill(m_specialCase, db::MasterKind::SpecialCase, tr("（選択：一般）"));
    fillDiseases();
}

void ApplicationEntryWidget::fillDiseases()
{
    const QString keep = choice(m_disease);
    m_disease->clear();
    m_disease->addItem(tr("（選択）"), QString());
    for (const db::MasterItem& d : m_masters.diseases(programme()))
        m_disease->addItem(u"%1 %2"_s.arg(d.code, d.label), d.code);
    setChoice(m_disease, keep);
}

void ApplicationEntryWidget::setChoice(QComboBox* combo, const QString& code)
{
    const int index = combo->findData(code);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QString ApplicationEntryWidget::choice(const QComboBox* combo) const
{
    return combo->currentData().toString();
}

QString ApplicationEntryWidget::programme() const
{
    return choice(m_programme);
}

const ApplicationEntryWidget::LineField*
ApplicationEntryWidget::lineField(const QLineEdit* edit) const
{
    for (const LineField& f : m_lines) {
        if (f.edit == edit)
            return &f;
    }
    return nullptr;
}

FieldCheck ApplicationEntryWidget::validateField(const LineField& field, bool showInline)
{
    if (!field.check)
        return {}; // free text (names, address): nothing to say
    const FieldCheck check = field.check(field.edit->text());
    if (showInline)
        showFieldCheck(field, check);
    return check;
}

void ApplicationEntryWidget::showFieldCheck(const LineField& field, const FieldCheck& check)
{
    field.message->setText(check.message);
    field.message->setToolTip(check.message); // the whole text, should it not fit two lines
    field.message->setStyleSheet(styleFor(check.level));
    // Show what will be stored (ｶﾅ → カナ, ０１２ → 012); dates stay as typed, with the
    // reading next to them.
    if (!check.date.isValid() && !check.normalized.isEmpty() &&
        check.normalized != field.edit->text())
        field.edit->setText(check.normalized);
}

QString ApplicationEntryWidget::lineValue(const QLineEdit* edit) const
{
    const LineField* f = lineField(edit);
    if (!f || !f->check)
        return edit->text().trimmed();
    const FieldCheck c = f->check(edit->text());
    if (!c.normalized.isEmpty())
        return c.normalized;
    return c.savable ? edit->text().trimmed() : QString();
}

QString ApplicationEntryWidget::fieldMessage(const QString& fieldName) const
{
    const auto* label = findChild<QLabel*>(fieldName + u"Message"_s);
    return label ? label->text() : QString();
}

db::ApplicationForm ApplicationEntryWidget::form() const
{
    auto dateOf = [this](const QLineEdit* e) {
        return QDate::fromString(lineValue(e), Qt::ISODate);
    };
    db::ApplicationForm f;
    f.familyName = lineValue(m_familyName);
    f.givenName = lineValue(m_givenName);
    f.familyNameKana = lineValue(m_familyKana);
    f.givenNameKana = lineValue(m_givenKana);
    f.birthDate = dateOf(m_birthDate);
    f.sex = m_sex->currentData().toInt();
    f.postalCode = lineValue(m_postalCode);
    f.address = lineValue(m_address);
    f.municipalityCode = lineValue(m_municipality);
    f.phone = lineValue(m_phone);
    f.guardianName = lineValue(m_guardianName);
    f.guardianKana = lineValue(m_guardianKana);
    f.guardianRelationship = lineValue(m_guardianRelationship);
    f.insurerNumber = lineValue(m_insurerNumber);
    f.insuranceSymbol = lineValue(m_insuranceSymbol);
    f.insuranceNumber = lineValue(m_insuranceNumber);
    f.receivedDate = dateOf(m_receivedDate);
    f.healthCentre = choice(m_healthCentre);
    for (const QCheckBox* box : m_documents) {
        if (box->isChecked())
            f.documents << box->property("code").toString();
    }
    f.diseaseCode = choice(m_disease);
    f.incomeTier = choice(m_incomeTier);
    f.specialCase = choice(m_specialCase);
    f.householdMembers = m_householdMembers->value();
    f.householdRecipients = m_householdRecipients->value();
    f.validFrom = dateOf(m_validFrom);
    f.validTo = dateOf(m_validTo);
    f.backdateReason = m_backdateReason->toPlainText().trimmed();
    f.diagnosisDate = dateOf(m_diagnosisDate);
    f.householdId = m_householdId;
    f.tierOverrideReason = m_tierOverrideReason->text().trimmed();
    f.institutionCode = lineValue(m_institution);
    f.doctorCode = lineValue(m_doctor);
    // With a household the server computes the tier; a chosen one is sent only as an override.
    if (m_householdId && *m_householdId > 0 && f.tierOverrideReason.isEmpty())
        f.incomeTier.clear();
    return f;
}

bool ApplicationEntryWidget::isModified() const
{
    return !(form() == m_savedForm);
}

bool ApplicationEntryWidget::confirmDiscard()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("申請入力"),
                    tr("入力中の申請は保存されていません。入力内容を破棄しますか？"),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"discardQuestion"_s);
    box.setInformativeText(tr("破棄すると、保存していない入力は元に戻せません。"));
    QPushButton* discard = box.addButton(tr("破棄する(&D)"), QMessageBox::DestructiveRole);
    discard->setObjectName(u"discardButton"_s);
    QPushButton* keep = box.addButton(tr("入力を続ける(&K)"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepEditingButton"_s);
    // Enter or Escape by habit must never lose work: both keep it.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (box.clickedButton() == discard)
        return true;
    focusForTyping();
    return false;
}

QWidget* ApplicationEntryWidget::firstEmptyField() const
{
    for (QWidget* w : m_walk) {
        const auto* edit = qobject_cast<QLineEdit*>(w);
        if (edit && edit->text().isEmpty() && !edit->isReadOnly() &&
            (edit->focusPolicy() & Qt::TabFocus))
            return w;
    }
    return m_receivedDate;
}

void ApplicationEntryWidget::focusForTyping()
{
    if (!m_formArea->isEnabled()) {
        m_newButton->setFocus(Qt::OtherFocusReason); // submitted or read-only: start a new one
        return;
    }
    QWidget* target = m_resumeField;
    if (!target || !target->isEnabled() || target->focusPolicy() == Qt::NoFocus)
        target = firstEmptyField();
    target->setFocus(Qt::OtherFocusReason);
    if (target == m_receivedDate && !isModified())
        m_receivedDate->selectAll(); // today's date, replaced by what is typed
}

void ApplicationEntryWidget::validFromLeft()
{
    // Left empty: the period normally starts on the day the application was received (a
    // proposal; a backdated start is typed over it).
    if (m_validFrom->text().trimmed().isEmpty()) {
        if (const QDate received = checkDate(m_receivedDate->text(), false).date;
            received.isValid())
            m_validFrom->setText(shortDateLabel(received));
    }
    const FieldCheck from = checkDate(m_validFrom->text(), false);
    // Certificates normally run one year: propose the end date, the clerk may overwrite it.
    if (from.date.isValid() && m_validTo->text().trimmed().isEmpty())
        m_validTo->setText(shortDateLabel(from.date.addYears(1).addDays(-1)));
    // The end is checked against the (new) start too.
    if (const LineField* f = lineField(m_validTo); f && !m_validTo->text().trimmed().isEmpty())
        validateField(*f, true);
    updateMonthlyCap();
}

void ApplicationEntryWidget::updateMonthlyCap()
{
    if (!m_monthlyCap)
        return;
    if (m_kind == u"registration"_s) {
        m_monthlyCap->setText(tr("なし（登録者証のみの申請）"));
        m_monthlyCap->setStyleSheet(QString::fromLatin1(kInfoStyle));
        return;
    }
    if (m_householdId && *m_householdId > 0) {
        // Computed from the household on the server (with 按分); shown as saved.
        m_monthlyCap->setText(m_assessedCap
                                  ? tr("%1（世帯から算定・按分後）").arg(yenLabel(m_assessedCap))
                                  : tr("保存すると世帯から算定します"));
        m_monthlyCap->setStyleSheet(m_assessedCap ? QString() : QString::fromLatin1(kInfoStyle));
        return;
    }
    const QString tier = choice(m_incomeTier);
    if (tier.isEmpty() || programme().isEmpty()) {
        m_monthlyCap->setText(tr("所得区分を選ぶと表示します"));
        m_monthlyCap->setStyleSheet(QString::fromLatin1(kInfoStyle));
        return;
    }
    QDate on = checkDate(m_validFrom->text(), false).date;
    if (!on.isValid())
        on = checkDate(m_receivedDate->text(), false).date;
    db::ApplicationRepository caps(m_session); // keeps m_repository's last error for the form
    const std::optional<int> cap = caps.monthlyCap(programme(), tier, choice(m_specialCase), on);
    if (cap) {
        m_monthlyCap->setText(yenLabel(cap));
        m_monthlyCap->setStyleSheet({});
    } else {
        m_monthlyCap->setText(caps.lastError().message);
        m_monthlyCap->setStyleSheet(QString::fromLatin1(kErrorStyle));
    }
}

void ApplicationEntryWidget::showResult(const QString& text, const QStringList& problems,
                                        bool error)
{
    m_problems = problems;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QString::fromLatin1(kErrorStyle) : QString());
    m_problemList->clear();
    m_problemList->addItems(problems);
    m_problemList->setVisible(!problems.isEmpty());
}

QString ApplicationEntryWidget::message() const
{
    return m_message->text();
}

QStringList ApplicationEntryWidget::problems() const
{
    return m_problems;
}

void ApplicationEntryWidget::clearForm()
{
    for (const LineField& f : m_lines) {
        f.message->clear();
        f.message->setStyleSheet({});
    }
    for (const LineField& f : m_lines)
        f.edit->clear();
    for (QComboBox* c : {m_healthCentre, m_sex, m_disease, m_incomeTier, m_specialCase})
        c->setCurrentIndex(0);
    m_householdMembers->setValue(1);
    m_householdRecipients->setValue(1);
    m_backdateReason->clear();
    for (QCheckBox* box : m_documents)
        box->setChecked(false);
    m_householdId.reset();
    m_assessedCap.reset();
    m_tierOverrideReason->clear();
    m_householdSummary->setText(tr("未登録（所得区分は手入力）"));
    m_costSummary->clear();
}

void ApplicationEntryWidget::setEditable(bool editable)
{
    m_formArea->setEnabled(editable);
    m_saveButton->setEnabled(editable);
    m_submitButton->setEnabled(editable);
    // An open application that exists on the server can be withdrawn by the applicant.
    m_withdrawButton->setEnabled(
        m_id.has_value() &&
        (m_state == u"draft"_s || m_state == u"submitted"_s || m_state == u"returned"_s));
}

void ApplicationEntryWidget::newApplication(const QString& programmeCode)
{
    clearForm();
    m_id.reset();
    m_recipientId.reset();
    m_version = 0;
    m_kind = u"new"_s;
    m_state.clear();
    m_withdrawButton->setEnabled(false);
    {
        const QSignalBlocker block(m_registrationOnly);
        m_registrationOnly->setChecked(false);
    }
    m_registrationOnly->setEnabled(true);
    setChoice(m_programme, programmeCode);
    m_programme->setEnabled(m_programmes.size() > 1);
    m_kindLabel->setText(applicationKindLabel(m_kind));
    applyKindRules();
    m_receivedDate->setText(shortDateLabel(QDate::currentDate()));
    if (const LineField* f = lineField(m_receivedDate))
        validateField(*f, true);
    setEditable(!m_programmes.isEmpty());
    m_savedForm = form();
    if (m_programmes.isEmpty())
        showResult(tr("申請を入力する職務（難病認定G・母子G 担当）がありません。"), {}, true);
    else
        showResult({}, {}, false);
    updateMonthlyCap();
    m_resumeField = m_receivedDate;
    m_receivedDate->setFocus();
    m_receivedDate->selectAll();
}

void ApplicationEntryWidget::setForm(const db::ApplicationForm& f)
{
    clearForm();
    auto dateText = [](const QDate& d) { return shortDateLabel(d); };
    m_familyName->setText(f.familyName);
    m_givenName->setText(f.givenName);
    m_familyKana->setText(f.familyNameKana);
    m_givenKana->setText(f.givenNameKana);
    m_birthDate->setText(dateText(f.birthDate));
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(f.sex)));
    m_postalCode->setText(f.postalCode);
    m_address->setText(f.address);
    m_municipality->setText(f.municipalityCode);
    m_phone->setText(f.phone);
    m_guardianName->setText(f.guardianName);
    m_guardianKana->setText(f.guardianKana);
    m_guardianRelationship->setText(f.guardianRelationship);
    m_insurerNumber->setText(f.insurerNumber);
    m_insuranceSymbol->setText(f.insuranceSymbol);
    m_insuranceNumber->setText(f.insuranceNumber);
    m_institution->setText(f.institutionCode);
    m_doctor->setText(f.doctorCode);
    m_receivedDate->setText(dateText(f.receivedDate));
    setChoice(m_healthCentre, f.healthCentre);
    for (QCheckBox* box : m_documents)
        box->setChecked(f.documents.contains(box->property("code").toString()));
    setChoice(m_disease, f.diseaseCode);
    setChoice(m_incomeTier, f.incomeTier);
    setChoice(m_specialCase, f.specialCase);
    m_householdMembers->setValue(f.householdMembers);
    m_householdRecipients->setValue(f.householdRecipients);
    m_validFrom->setText(dateText(f.validFrom));
    m_validTo->setText(dateText(f.validTo));
    m_backdateReason->setPlainText(f.backdateReason);
    m_diagnosisDate->setText(dateText(f.diagnosisDate));
    m_householdId = f.householdId;
    m_tierOverrideReason->setText(f.tierOverrideReason);
    if (m_householdId)
        m_householdSummary->setText(tr("世帯 %1").arg(*m_householdId));
    for (const LineField& field : m_lines) {
        if (!field.edit->text().isEmpty())
            validateField(field, true);
    }
}

void ApplicationEntryWidget::applyKindRules()
{
    const bool personal = m_kind != u"renewal"_s;
    for (QLineEdit* e :
         {m_familyName, m_givenName, m_familyKana, m_givenKana, m_birthDate, m_postalCode,
          m_address, m_municipality, m_phone, m_guardianName, m_guardianKana,
          m_guardianRelationship, m_insurerNumber, m_insuranceSymbol, m_insuranceNumber}) {
        e->setReadOnly(!personal);
        // Read-only fields look it: the window's colour instead of the input background.
        e->setStyleSheet(personal ? QString() : u"QLineEdit { background: palette(window); }"_s);
        // Out of the Tab/Enter walk, so the keyboard goes straight to what is to be entered.
        e->setFocusPolicy(personal ? Qt::StrongFocus : Qt::ClickFocus);
    }
    m_sex->setEnabled(personal);
    // A 登録者証-only application asks for no benefit: nothing of the cap or the period.
    const bool benefit = m_kind != u"registration"_s;
    for (QWidget* w : std::initializer_list<QWidget*>{
             m_incomeTier, m_specialCase, m_householdMembers, m_householdRecipients, m_validFrom,
             m_validTo, m_backdateReason, m_householdButton, m_costButton, m_tierOverrideReason}) {
        if (w)
            w->setEnabled(benefit);
    }
    updateGuardianWalk();
}

void ApplicationEntryWidget::updateGuardianWalk()
{
    const QDate birth = checkDate(m_birthDate->text(), false).date;
    const QDate received = checkDate(m_receivedDate->text(), false).date;
    const QDate on = received.isValid() ? received : QDate::currentDate();
    const bool minor = !birth.isValid() || birth.addYears(18) > on;
    const bool walk = minor && m_kind != u"renewal"_s;
    for (QLineEdit* e : {m_guardianName, m_guardianKana, m_guardianRelationship})
        e->setFocusPolicy(walk ? Qt::StrongFocus : Qt::ClickFocus);
}

bool ApplicationEntryWidget::startFollowUp(qint64 recipientId, const QString& kind)
{
    const auto recipient = db::RecipientRepository(m_session).get(recipientId);
    if (!recipient) {
        showResult(tr("受給者を読み込めません。"), {}, true);
        return false;
    }
    if (recipient->status != u"active"_s) {
        showResult(tr("更新・変更の申請は、認定済みの受給者についてのみ入力できます。"), {}, true);
        return false;
    }
    if (!programmeOpenForApplications(recipient->programme)) {
        showResult(tr("%1 は、費用の基準が整備されるまで更新・変更の申請を受け付けていません。"
                      "受給者の記録は閲覧できます。")
                       .arg(programmeLabel(recipient->programme)),
                   {}, true);
        return false;
    }
    // The latest approved application: what the certificate says now.
    const db::RecipientApplication* latest = nullptr;
    for (const db::RecipientApplication& a : recipient->applications) {
        if (a.state == u"approved"_s && (!latest || a.validTo > latest->validTo))
            latest = &a;
    }
    // Without one (a recipient migrated from the old system) the register entry alone is
    // copied and the clerk enters the certification from the papers.
    db::ApplicationForm f = db::ApplicationForm::fromJson({}, recipient->registerJson);
    if (latest) {
        const auto view = m_repository.get(latest->id);
        if (!view) {
            showResult(m_repository.lastError().message, {}, true);
            return false;
        }
        f = view->form;
        if (kind == u"renewal"_s) {
            f.validFrom = latest->validTo.addDays(1);
            f.validTo = f.validFrom.addYears(1).addDays(-1);
        }
    }
    f.receivedDate = QDate::currentDate();
    f.documents.clear(); // the new papers are checked off as they arrive
    f.backdateReason.clear();
    f.diagnosisDate = {};
    m_id.reset();
    m_recipientId = recipientId;
    m_version = 0;
    m_kind = kind;
    m_state.clear();
    {
        const QSignalBlocker block(m_registrationOnly);
        m_registrationOnly->setChecked(false);
    }
    m_registrationOnly->setEnabled(false);
    m_withdrawButton->setEnabled(false);
    if (m_programme->findData(recipient->programme) < 0)
        m_programme->addItem(programmeLabel(recipient->programme), recipient->programme);
    setChoice(m_programme, recipient->programme);
    m_programme->setEnabled(false);
    m_kindLabel->setText(
        tr("%1（受給者番号 %2）").arg(applicationKindLabel(kind), recipient->recipientNumber));
    setForm(f);
    applyKindRules();
    setEditable(true);
    m_savedForm = db::ApplicationForm{}; // nothing of this application is saved yet
    updateMonthlyCap();
    QString text = kind == u"renewal"_s
                       ? tr("更新申請を入力します。氏名・住所・保険の変更は変更申請で入力して"
                            "ください。")
                       : tr("変更申請を入力します。変わった項目を直してください。");
    text += latest ? tr("前回の認定内容を写しました。")
                   : tr("Kohi に承認済みの申請がない受給者のため、登録内容だけを写しました。"
                        "疾病・所得区分・有効期間は書類から入力してください。");
    showResult(text, {}, false);
    m_resumeField = m_receivedDate;
    m_receivedDate->setFocus();
    m_receivedDate->selectAll();
    return true;
}

bool ApplicationEntryWidget::openApplication(qint64 applicationId)
{
    const auto view = m_repository.get(applicationId);
    if (!view) {
        showResult(m_repository.lastError().message, {}, true);
        return false;
    }
    m_id = view->id;
    m_recipientId = view->recipientId;
    m_version = view->version;
    m_kind = view->kind;
    m_state = view->state;
    {
        const QSignalBlocker block(m_registrationOnly);
        m_registrationOnly->setChecked(m_kind == u"registration"_s);
    }
    m_registrationOnly->setEnabled(false);
    if (m_programme->findData(view->programme) < 0)
        m_programme->addItem(programmeLabel(view->programme), view->programme);
    setChoice(m_programme, view->programme);
    m_programme->setEnabled(false); // an application never changes programme
    m_kindLabel->setText(applicationKindLabel(m_kind));
    m_resumeField = m_receivedDate;
    setForm(view->form);
    applyKindRules();
    showAssessment(view->application);
    m_savedForm = form();
    m_serverProblems = view->problems;
    const bool editable = m_state == u"draft"_s || m_state == u"returned"_s;
    setEditable(editable);
    updateMonthlyCap();
    QString text = tr("申請番号 %1（%2）を開きました。")
                       .arg(m_id.value_or(0))
                       .arg(applicationStateLabel(m_state));
    // 補正依頼: what the applicant was asked (printed), apart from any internal note.
    if (m_state == u"returned"_s && !view->correctionRequest.isEmpty()) {
        text += tr("申請者への補正依頼: %1").arg(view->correctionRequest);
        if (!view->returnReason.isEmpty())
            text += tr("（内部メモ: %1）").arg(view->returnReason);
    } else if (m_state == u"returned"_s && !view->returnReason.isEmpty()) {
        text += tr("差戻しの理由: %1").arg(view->returnReason);
    }
    if (m_state == u"rejected"_s || m_state == u"registered"_s)
        text += tr("不認定の理由: %1").arg(view->decisionReasons);
    if (m_state == u"withdrawn"_s)
        text += tr("取下げ書の受付日: %1").arg(longDateLabel(view->withdrawnOn));
    if (!editable)
        text += tr("この状態の申請は変更できません。");
    showResult(text, editable ? view->problems : QStringList(), false);
    return true;
}

bool ApplicationEntryWidget::save()
{
    return store(false);
}

bool ApplicationEntryWidget::store(bool submitting)
{
    QStringList blocking;
    QLineEdit* firstBad = nullptr;
    for (const LineField& f : m_lines) {
        const FieldCheck c = validateField(f, true);
        if (c.isError() && !c.savable) {
            blocking << u"%1: %2"_s.arg(f.label, c.message);
            if (!firstBad)
                firstBad = f.edit;
        }
    }
    if (!blocking.isEmpty()) {
        showResult(tr("保存できませんでした。次の項目を直してください（入力内容はそのまま残っていま"
                      "す）。"),
                   blocking, true);
        firstBad->setFocus();
        return false;
    }
    const db::ApplicationForm current = form();
    const QUuid key =
        submissionKey("save:" + QByteArray::number(m_id.value_or(0)) + ':' +
                      QByteArray::number(m_version) + ':' + programme().toUtf8() + ':' +
                      m_kind.toUtf8() + ':' + QJsonDocument(current.toJson()).toJson());
    const auto result = m_repository.save(m_id, m_version, programme(), m_kind,
                                          m_id ? std::nullopt : m_recipientId, current, key);
    if (!result) {
        showResult(submitting ? tr("提出できませんでした。入力内容はそのまま残っています。")
                              : tr("保存できませんでした。入力内容はそのまま残っています。"),
                   m_repository.lastError().lines(), true);
        return false;
    }
    const db::ApplicationForm before = m_savedForm;
    m_pendingKey = {};
    m_id = result->id;
    m_version = result->version;
    m_recipientId = result->recipientId;
    if (m_state.isEmpty())
        m_state = u"draft"_s;
    m_withdrawButton->setEnabled(true);
    if (!storeDesignation(current)) {
        // The form is saved, the institution or doctor is not: the refusal says why.
        m_savedForm = current;
        m_savedForm.institutionCode = before.institutionCode;
        m_savedForm.doctorCode = before.doctorCode;
        m_programme->setEnabled(false);
        showResult(tr("下書きは保存しましたが、指定医療機関・指定医を登録できませんでした。"),
                   m_repository.lastError().lines(), true);
        Q_EMIT saved(result->id, m_version);
        return false;
    }
    m_savedForm = current;
    m_serverProblems = result->problems;
    m_programme->setEnabled(false);
    m_assessedCap = result->monthlyCap;
    if ((m_householdId && *m_householdId > 0) || current.specialCase == u"high_long"_s ||
        current.specialCase == u"mild_high"_s)
        refreshAssessment();
    if (result->monthlyCap && !(m_householdId && *m_householdId > 0))
        m_monthlyCap->setText(yenLabel(result->monthlyCap));
    showResult(result->problems.isEmpty()
                   ? tr("下書きを保存しました（申請番号 %1）。提出できます。").arg(result->id)
                   : tr("下書きを保存しました（申請番号 %1）。提出の前に次の点を直してください。")
                         .arg(result->id),
               result->problems, false);
    Q_EMIT saved(result->id, m_version);
    return true;
}

QUuid ApplicationEntryWidget::submissionKey(const QByteArray& request)
{
    if (m_pendingKey.isNull() || request != m_pendingRequest) {
        m_pendingKey = QUuid::createUuid();
        m_pendingRequest = request;
    }
    return m_pendingKey;
}

bool ApplicationEntryWidget::submit()
{
    // Everything the form can tell by itself is listed at once, each problem with its field.
    bool unsavable = false;
    QList<Problem> problems = formProblems(&unsavable);
    if (unsavable) {
        showSubmitRefusal(problems);
        return false;
    }
    if (!m_id || isModified()) {
        if (!store(true))
            return false;
    }
    if (!problems.isEmpty()) {
        // The server's list of the saved draft joins in; its wording wins for a field both name.
        QList<Problem> server;
        for (const QString& line : m_serverProblems)
            server << Problem{line, fieldOfProblem(line)};
        problems.removeIf([&server](const Problem& p) {
            return !p.field.isEmpty() &&
                   std::any_of(server.cbegin(), server.cend(),
                               [&p](const Problem& s) { return s.field == p.field; });
        });
        showSubmitRefusal(problems + server);
        return false;
    }
    const auto version = m_repository.submit(
        *m_id, m_version,
        submissionKey("submit:" + QByteArray::number(*m_id) + ':' + QByteArray::number(m_version)));
    if (!version) {
        QList<Problem> server;
        for (const QString& line : m_repository.lastError().lines())
            server << Problem{line, fieldOfProblem(line)};
        showSubmitRefusal(server);
        return false;
    }
    m_pendingKey = {};
    m_version = *version;
    m_state = u"submitted"_s;
    m_savedForm = form();
    setEditable(false);
    showResult(tr("提出しました（申請番号 %1）。別の職員が承認するまで確定しません。").arg(*m_id),
               {}, false);
    m_newButton->setFocus();
    Q_EMIT submitted(*m_id);
    return true;
}

bool ApplicationEntryWidget::withdraw()
{
    if (!m_id)
        return false;
    const QString label = tr("申請番号 %1").arg(*m_id);
    const std::optional<QDate> on = WithdrawalDialog::ask(label, QDate(), this);
    if (!on)
        return false;
    QMessageBox box(QMessageBox::Question, tr("取下げの確認"),
                    tr("%1 を取下げとして記録します。元に戻せません。よろしいですか。").arg(label),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"withdrawConfirm"_s);
    box.setInformativeText(tr("取下げ書の受付日: %1").arg(longDateLabel(*on)));
    QPushButton* yes = box.addButton(tr("取下げを記録する(&Y)"), QMessageBox::AcceptRole);
    QPushButton* no = box.addButton(tr("やめる(&N)"), QMessageBox::RejectRole);
    box.setDefaultButton(no); // not reversible: Enter alone does not record it
    box.setEscapeButton(no);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    if (!m_repository.withdraw(*m_id, m_version, *on)) {
        showResult(tr("取下げを記録できませんでした: %1").arg(m_repository.lastError().message), {},
                   true);
        return false;
    }
    m_state = u"withdrawn"_s;
    ++m_version;
    m_savedForm = form();
    setEditable(false);
    showResult(tr("申請番号 %1 を取下げとして記録しました。取下げ受理通知書は受給者の画面から"
                  "印刷できます。")
                   .arg(*m_id),
               {}, false);
    return true;
}

QList<ApplicationEntryWidget::Problem> ApplicationEntryWidget::formProblems(bool* unsavable)
{
    *unsavable = false;
    QList<Problem> problems;
    auto missing = [&problems](QWidget* field, const QString& text) {
        problems << Problem{text, field->objectName()};
    };
    // In form order, so the list reads like the paper.
    for (QWidget* w : m_walk) {
        if (w == m_sex && m_sex->currentData().toInt() == 0)
            missing(m_sex, tr("性別を選択してください。"));
        if (w == m_disease && choice(m_disease).isEmpty())
            missing(m_disease, tr("疾病名を選択してください。"));
        if (w == m_incomeTier && choice(m_incomeTier).isEmpty() &&
            !(m_householdId && *m_householdId > 0))
            missing(m_incomeTier, tr("所得区分を選択してください。"));
        const auto* edit = qobject_cast<QLineEdit*>(w);
        const LineField* f = edit ? lineField(edit) : nullptr;
        if (!f)
            continue;
        if ((edit == m_familyName || edit == m_givenName) && edit->text().trimmed().isEmpty()) {
            missing(w, tr("%1を入力してください。").arg(f->label));
            continue;
        }
        const FieldCheck c = validateField(*f, true);
        if (c.isError()) {
            problems << Problem{u"%1: %2"_s.arg(f->label, c.message), edit->objectName()};
            *unsavable = *unsavable || !c.savable;
        }
    }
    // The server fills a missing birth date in a draft (today), so it is checked here.
    if (m_birthDate->text().trimmed().isEmpty() &&
        std::none_of(problems.cbegin(), problems.cend(),
                     [this](const Problem& p) { return p.field == m_birthDate->objectName(); }))
        missing(m_birthDate, tr("生年月日を入力してください。"));
    return problems;
}

QString ApplicationEntryWidget::fieldOfProblem(const QString& text) const
{
    // The server's messages are Japanese whatever the client's language: the phrases too.
    // The first phrase found decides; more specific phrases come first.
    const QList<std::pair<QString, QWidget*>> phrases{
        {u"別の区分"_s, m_tierOverrideReason},
        {u"医師"_s, m_doctor},
        {u"指定医療機関"_s, m_institution},
        {u"指定医"_s, m_doctor},
        {u"指定期間"_s, m_institution},
        {u"の指定は"_s, m_institution},
        {u"やむを得ない理由"_s, m_backdateReason},
        {u"有効期間の開始日"_s, m_validFrom},
        {u"有効期間は1年以内"_s, m_validTo},
        {u"有効期間"_s, m_validFrom},
        {u"終了日"_s, m_validTo},
        {u"診断年月日"_s, m_diagnosisDate},
        {u"受付日"_s, m_receivedDate},
        {u"保険者番号"_s, m_insurerNumber},
        {u"市町村コード"_s, m_municipality},
        {u"カナ"_s, m_familyKana},
        {u"保護者"_s, m_guardianName},
        {u"氏名"_s, m_familyName},
        {u"生年月日"_s, m_birthDate},
        {u"性別"_s, m_sex},
        {u"所得区分"_s, m_incomeTier},
        {u"疾病"_s, m_disease},
        {u"高額かつ長期"_s, m_specialCase},
        {u"軽症高額"_s, m_specialCase},
        {u"郵便番号"_s, m_postalCode},
        {u"住所"_s, m_address},
        {u"電話"_s, m_phone},
        {u"保健所"_s, m_healthCentre},
        {u"医療費"_s, m_costButton},
        {u"世帯"_s, m_householdButton},
        {u"書類"_s, m_documents.isEmpty() ? nullptr : m_documents.first()},
    };
    for (const auto& [phrase, field] : phrases) {
        if (field && text.contains(phrase))
            return field->objectName();
    }
    return {};
}

void ApplicationEntryWidget::showSubmitRefusal(const QList<Problem>& problems)
{
    QStringList texts;
    for (const Problem& p : problems)
        texts << p.text;
    showResult(tr("提出できませんでした。次の%n点を直してください（入力内容はそのまま残って"
                  "います）。",
                  nullptr, int(problems.size())),
               texts, true);
    for (int i = 0; i < m_problemList->count() && i < problems.size(); ++i)
        m_problemList->item(i)->setData(Qt::UserRole, problems.at(i).field);
    if (m_problemList->count() > 0) {
        m_problemList->setCurrentRow(0);
        m_problemList->setFocus(Qt::OtherFocusReason); // Enter goes to the first problem
    }
}

void ApplicationEntryWidget::dropProblemsOf(const QString& field)
{
    for (int i = m_problemList->count() - 1; i >= 0; --i) {
        if (m_problemList->item(i)->data(Qt::UserRole).toString() != field)
            continue;
        delete m_problemList->takeItem(i);
        if (i < m_problems.size())
            m_problems.removeAt(i);
    }
    m_problemList->setVisible(m_problemList->count() > 0);
}

void ApplicationEntryWidget::goToProblemField(const QString& field)
{
    auto* target = field.isEmpty() ? nullptr : m_formArea->findChild<QWidget*>(field);
    if (!target || !target->isEnabled())
        return;
    m_scroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(target))
        edit->selectAll();
}

void ApplicationEntryWidget::openHousehold()
{
    if (programme().isEmpty())
        return;
    HouseholdDialog dialog(m_session, programme(), m_householdId, this);
    connect(&dialog, &HouseholdDialog::householdSaved, this, [this](qint64 id) {
        if (m_householdId != id) {
            m_householdId = id;
            m_assessedCap.reset();
            m_householdSummary->setText(
                tr("世帯 %1 "
                   "を指定しました。申請を保存すると、世帯から階層区分と上限月額を算定します。")
                    .arg(id));
        }
        updateMonthlyCap();
    });
    dialog.exec();
    if (m_id)
        refreshAssessment();
}

// The application's tier and cap as the server computed them, and how; the month counts that
// decide 高額かつ長期 / 軽症高額.
void ApplicationEntryWidget::showAssessment(const QJsonObject& a)
{
    m_assessedCap = a.value("monthly_cap"_L1).isNull()
                        ? std::nullopt
                        : std::optional<int>(a.value("monthly_cap"_L1).toInt());
    const QJsonObject counts = a.value("cost_counts"_L1).toObject();
    const QString special = a.value("special_case"_L1).toString();
    if (special == u"high_long"_s)
        m_costSummary->setText(
            tr("高額かつ長期: 認定後の月で医療費総額%1円超 %2か月（必要 %3か月）")
                .arg(counts.value("high_long_cost_yen"_L1).toInt())
                .arg(counts.value("high_long_months"_L1).toInt())
                .arg(counts.value("high_long_required"_L1).toInt()));
    else if (special == u"mild_high"_s)
        m_costSummary->setText(tr("軽症高額: 医療費総額%1円超 %2か月（必要 %3か月）")
                                   .arg(counts.value("mild_high_cost_yen"_L1).toInt())
                                   .arg(counts.value("mild_high_months"_L1).toInt())
                                   .arg(counts.value("mild_high_required"_L1).toInt()));
    else
        m_costSummary->clear();
    if (!m_householdId || *m_householdId <= 0) {
        updateMonthlyCap();
        return;
    }
    const QJsonObject assessment = a.value("assessment"_L1).toObject();
    const QJsonObject computed = assessment.value("computed"_L1).toObject();
    QString text = tr("%1（世帯 %2）: 算定 %3。%4")
                       .arg(a.value("household_name"_L1).toString())
                       .arg(*m_householdId)
                       .arg(computed.value("tier_label"_L1).toString(tr("算定できません")),
                            computed.value("explanation"_L1).toString());
    const QJsonArray shares = assessment.value("shares"_L1).toArray();
    if (shares.size() > 1)
        text += tr("　世帯内の受給者 %1 人で按分: %2 × %3 ÷ %4 = %5")
                    .arg(shares.size())
                    .arg(yenLabel(assessment.value("household_cap"_L1).toInt()),
                         yenLabel(assessment.value("cap"_L1).toInt()),
                         yenLabel(assessment.value("cap_sum"_L1).toInt()),
                         yenLabel(assessment.value("apportioned"_L1).toInt()));
    const QJsonObject override = a.value("override"_L1).toObject();
    if (!override.isEmpty())
        text += tr("　区分を%1に変更（理由: %2）")
                    .arg(override.value("chosen_label"_L1).toString(),
                         override.value("reason"_L1).toString());
    m_householdSummary->setText(text);
    setChoice(m_incomeTier, a.value("income_tier"_L1).toString());
    updateMonthlyCap();
}

void ApplicationEntryWidget::openMonthlyCosts()
{
    if (!m_recipientId) {
        showResult(tr("医療費総額は、申請を一度保存してから入力してください。"), {}, true);
        return;
    }
    MonthlyCostDialog dialog(m_session, *m_recipientId, this);
    dialog.exec();
    if (m_id)
        refreshAssessment();
}

void ApplicationEntryWidget::refreshAssessment()
{
    if (!m_id)
        return;
    db::ApplicationRepository reader(m_session); // keeps m_repository's last error for the form
    if (const auto view = reader.get(*m_id)) {
        m_version = view->version; // a household change may have moved it on
        showAssessment(view->application);
        m_savedForm = form();
    }
}

QString ApplicationEntryWidget::draftKey() const
{
    return m_id ? u"application/%1"_s.arg(*m_id) : u"application/new"_s;
}

QVariantMap ApplicationEntryWidget::saveDraft() const
{
    if (!isModified() || m_state == u"submitted"_s)
        return {};
    QVariantMap draft;
    for (const LineField& f : m_lines)
        draft.insert(f.edit->objectName(), f.edit->text());
    for (const QComboBox* c :
         {m_programme, m_healthCentre, m_sex, m_disease, m_incomeTier, m_specialCase})
        draft.insert(c->objectName(), c->currentData());
    draft.insert(m_householdMembers->objectName(), m_householdMembers->value());
    draft.insert(m_householdRecipients->objectName(), m_householdRecipients->value());
    draft.insert(m_backdateReason->objectName(), m_backdateReason->toPlainText());
    draft.insert(m_tierOverrideReason->objectName(), m_tierOverrideReason->text());
    if (m_householdId)
        draft.insert(u"_household"_s, *m_householdId);
    for (const QCheckBox* box : m_documents)
        draft.insert(box->objectName(), box->isChecked());
    if (m_id) {
        draft.insert(u"_id"_s, *m_id);
        draft.insert(u"_version"_s, m_version);
    } else if (m_recipientId) {
        draft.insert(u"_recipient"_s, *m_recipientId); // an unsaved renewal or change
    }
    draft.insert(u"_kind"_s, m_kind);
    return draft;
}

void ApplicationEntryWidget::restoreDraft(const QVariantMap& draft)
{
    if (draft.isEmpty())
        return;
    newApplication(draft.value(m_programme->objectName()).toString());
    if (draft.contains(u"_recipient"_s)) {
        // An unsaved renewal or change stays one (of the same recipient), never a new entry.
        if (!startFollowUp(draft.value(u"_recipient"_s).toLongLong(),
                           draft.value(u"_kind"_s).toString()))
            return;
    } else if (draft.contains(u"_id"_s)) {
        // Reopen the saved application first, then lay the unsaved typing over it.
        if (!openApplication(draft.value(u"_id"_s).toLongLong()))
            return;
    } else if (draft.value(u"_kind"_s).toString() == u"registration"_s) {
        m_registrationOnly->setChecked(true); // an unsaved 登録者証-only application
    }
    for (const LineField& f : m_lines) {
        if (draft.contains(f.edit->objectName()))
            f.edit->setText(draft.value(f.edit->objectName()).toString());
    }
    for (QComboBox* c : {m_healthCentre, m_sex, m_disease, m_incomeTier, m_specialCase}) {
        const int index = c->findData(draft.value(c->objectName()));
        if (index >= 0)
            c->setCurrentIndex(index);
    }
    m_householdMembers->setValue(draft.value(m_householdMembers->objectName(), 1).toInt());
    m_householdRecipients->setValue(draft.value(m_householdRecipients->objectName(), 1).toInt());
    m_backdateReason->setPlainText(draft.value(m_backdateReason->objectName()).toString());
    m_tierOverrideReason->setText(draft.value(m_tierOverrideReason->objectName()).toString());
    if (draft.contains(u"_household"_s))
        m_householdId = draft.value(u"_household"_s).toLongLong();
    for (QCheckBox* box : m_documents)
        box->setChecked(draft.value(box->objectName()).toBool());
    for (const LineField& field : m_lines) {
        if (!field.edit->text().isEmpty())
            validateField(field, true);
    }
    updateGuardianWalk();
    showResult(tr("前回ログアウトしたときの入力内容を復元しました。保存はまだされていません。"), {},
               false);
}

} // namespace kohi::app
