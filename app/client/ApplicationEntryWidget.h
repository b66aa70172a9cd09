#pragma once

#include "app/client/ApplicationFieldChecks.h"
#include "app/client/DraftSource.h"
#include "app/client/MasterCatalog.h"
#include "db/ApplicationForm.h"
#include "db/ApplicationRepository.h"
#include "db/MunicipalityHealthCentres.h"
#include "db/ReferenceRepository.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace kohi::db {
class Session;
}

namespace kohi::app {

class AddressOffer;
class CodeNameHint;
class DesignationField;
class EnterKeyNavigator;

// 申請入力: a clerk enters a new application (or corrects a draft / returned one) from the paper
// form, by keyboard: Enter moves to the next field in form order, the IME is on for names and
// addresses and off for numbers and dates, and each field says what is wrong as it is left.
// 保存 keeps a draft (the server lists what still blocks submission); 提出 sends it to the
// approvers. Nothing typed is ever cleared by a server error: the form keeps it until the clerk
// starts a new application.
//
// A DraftSource: when the idle logout ends the session, unsaved typing is kept (in memory) and
// restoreDraft() puts it back after the same user logs in again.
class ApplicationEntryWidget : public QWidget, public DraftSource
{
    Q_OBJECT
public:
    explicit ApplicationEntryWidget(db::Session& session, QWidget* parent = nullptr);
    ~ApplicationEntryWidget() override;

    // A blank new application (for `programme`, or the caller's first programme).
    void newApplication(const QString& programme = {});
    // A draft or returned application for correction; false (and message()) if refused.
    bool openApplication(qint64 applicationId);
    // A renewal (更新) or change (変更) of an active recipient, prefilled from the latest approved
    // application: a renewal's period follows the current one and its personal fields are
    // read-only (they change through a change application); false (and message()) if refused.
    bool startFollowUp(qint64 recipientId, const QString& kind);

    // The form as typed, normalised where a value is valid.
    db::ApplicationForm form() const;
    QString programme() const;
    QString kind() const { return m_kind; }
    qint64 applicationId() const { return m_id.value_or(0); }
    int version() const { return m_version; }
    QString state() const { return m_state; }
    // Changed since the last save (or load).
    bool isModified() const;
    // Before typed work is replaced: true when nothing unsaved is lost or the clerk chose to
    // discard it; false (focus back where the clerk was typing) to keep editing. Escape keeps.
    bool confirmDiscard();
    // Where typing should go when the form comes into view (a tab switch): back to the field
    // the clerk was in, else the first empty field; 受付日 (selected) on a fresh form.
    void focusForTyping();
    // The last save's or submission's result, as shown.
    QString message() const;
    QStringList problems() const;
    // The message next to a field (objectName of the field), for tests and screenshots.
    QString fieldMessage(const QString& fieldName) const;

    QString draftKey() const override;
    // Empty when everything typed is saved on the server (or the application is submitted).
    QVariantMap saveDraft() const override;
    void restoreDraft(const QVariantMap& draft);

public Q_SLOTS:
    // Saves a draft; shows the server's problem list. False on refusal (the form is kept).
    bool save();
    // Saves if needed, then submits; shows the server's reasons on refusal (the form is kept).
    bool submit();
    // 取下げ: records the applicant's withdrawal of the open application (asks the day of the
    // 取下げ書, then for confirmation).
    bool withdraw();

Q_SIGNALS:
    void saved(qint64 applicationId, int version);
    void submitted(qint64 applicationId);

private:
    struct LineField
    {
        QLineEdit* edit = nullptr;
        QLabel* message = nullptr;
        std::function<FieldCheck(const QString&)> check;
        QString label; // for messages that name the field
    };

    void buildForm();
    QLineEdit* addLine(QGridLayout* grid, int row, const QString& name, const QString& label,
                       bool japanese, Qt::InputMethodHints hints,
                       std::function<FieldCheck(const QString&)> check);
    QComboBox* addCombo(QGridLayout* grid, int row, const QString& name, const QString& label);
    void fillMasterCombos();
    void fillDiseases();
    void setChoice(QComboBox* combo, const QString& code);
    QString choice(const QComboBox* combo) const;
    FieldCheck validateField(const LineField& field, bool showInline);
    void showFieldCheck(const LineField& field, const FieldCheck& check);
    const LineField* lineField(const QLineEdit* edit) const;
    QString lineValue(const QLineEdit* edit) const;
    void validFromLeft();
    void updateMonthlyCap();
    void setForm(const db::ApplicationForm& form);
    void clearForm();
    void setEditable(bool editable);
    QWidget* firstEmptyField() const;
    // Personal and insurance fields are not part of a renewal: read-only then.
    void applyKindRules();
    // The 保護者 fields are in the Tab/Enter walk only for a minor (or while the birth date is
    // not known yet); a click still reaches them.
    void updateGuardianWalk();
    void showResult(const QString& text, const QStringList& problems, bool error);
    // A problem in the list and the field it is about (objectName; empty if none is known).
    struct Problem
    {
        QString text;
        QString field;
    };
    // Every problem of the form that the client can tell (all at once, each with its field).
    QList<Problem> formProblems(bool* unsavable);
    // The field a server's problem is about, by the words it names.
    QString fieldOfProblem(const QString& text) const;
    void showSubmitRefusal(const QList<Problem>& problems);
    // Enter or activation on a listed problem: to its field.
    void goToProblemField(const QString& field);
    // A field fixed (its check clean as it is left): its problems leave the list.
    void dropProblemsOf(const QString& field);
    bool store(bool submitting);
    // 支給認定基準世帯: open the household screen; show what the server computed.
    void openHousehold();
    void openMonthlyCosts();
    void showAssessment(const QJsonObject& application);
    void refreshAssessment();
    // Names beside codes and the address offer (kohi_api.masters, postcode_lookup, designations).
    void buildReferenceHints();
    QLabel* messageOf(const QLineEdit* edit) const;
    // 指定医療機関・指定医 changed since the last save: named through application_designate.
    bool storeDesignation(const db::ApplicationForm& current);

    db::Session& m_session;
    db::ApplicationRepository m_repository;
    db::ReferenceRepository m_references;
    MasterCatalog m_masters;
    db::MunicipalityHealthCentres m_healthCentres; // the label beside the municipality code
    QStringList m_programmes;
    EnterKeyNavigator* m_navigator = nullptr;

    std::optional<qint64> m_id;
    // The idempotency key of the last save/submit that did not succeed, with what it sent: sent
    // again unchanged (the user presses again after a lost connection), it keeps its key, so the
    // server returns the first result if that one did commit.
    QUuid m_pendingKey;
    QByteArray m_pendingRequest;
    QUuid submissionKey(const QByteArray& request);
    std::optional<qint64> m_recipientId;
    int m_version = 0;
    QString m_kind = QStringLiteral("new");
    QString m_state;
    db::ApplicationForm m_savedForm;
    QStringList m_problems;
    QStringList m_serverProblems; // what the last save or load said still blocks submission

    QWidget* m_formArea = nullptr;
    QScrollArea* m_scroll = nullptr;
    QList<QWidget*> m_walk;          // the form's fields in Tab/Enter order
    QPointer<QWidget> m_resumeField; // the form field that last had the focus
    QList<LineField> m_lines;
    QComboBox* m_programme = nullptr;
    QLabel* m_kindLabel = nullptr;
    // A new application for the 登録者証 alone (kind 'registration', 0046): no benefit fields.
    QCheckBox* m_registrationOnly = nullptr;
    QLineEdit* m_receivedDate = nullptr;
    QComboBox* m_healthCentre = nullptr;
    QLineEdit* m_familyName = nullptr;
    QLineEdit* m_givenName = nullptr;
    QLineEdit* m_familyKana = nullptr;
    QLineEdit* m_givenKana = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_municipality = nullptr;
    QLabel* m_municipalityHealthCentre = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_guardianName = nullptr;
    QLineEdit* m_guardianKana = nullptr;
    QLineEdit* m_guardianRelationship = nullptr;
    QLineEdit* m_insurerNumber = nullptr;
    QLineEdit* m_insuranceSymbol = nullptr;
    QLineEdit* m_insuranceNumber = nullptr;
    QLineEdit* m_institution = nullptr; // 指定医療機関 (code)
    QLineEdit* m_doctor = nullptr;      // 指定医 (code)
    CodeNameHint* m_municipalityHint = nullptr;
    CodeNameHint* m_insurerHint = nullptr;
    AddressOffer* m_addressOffer = nullptr;
    DesignationField* m_institutionField = nullptr;
    DesignationField* m_doctorField = nullptr;
    QComboBox* m_disease = nullptr;
    QComboBox* m_incomeTier = nullptr;
    QComboBox* m_specialCase = nullptr;
    QSpinBox* m_householdMembers = nullptr;
    QSpinBox* m_householdRecipients = nullptr;
    QLabel* m_monthlyCap = nullptr;
    QLineEdit* m_validFrom = nullptr;
    QLineEdit* m_validTo = nullptr;
    QPlainTextEdit* m_backdateReason = nullptr;
    QLineEdit* m_diagnosisDate = nullptr;
    QPushButton* m_householdButton = nullptr;
    QLabel* m_householdSummary = nullptr;
    QLineEdit* m_tierOverrideReason = nullptr;
    QPushButton* m_costButton = nullptr;
    QLabel* m_costSummary = nullptr;
    std::optional<qint64> m_householdId;
    std::optional<int> m_assessedCap; // the cap the server stored (after 按分)
    QList<QCheckBox*> m_documents;
    QLabel* m_message = nullptr;
    QListWidget* m_problemList = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_submitButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QPushButton* m_newButton = nullptr;
};

} // namespace kohi::app
