#pragma once

#include "db/ApiError.h"
#include "db/Household.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace kohi::db {

class Session;
struct PgResult;

// kohi_api.household_get(): the household, the server's tier computation for it, and the
// applications linked to it with their caps before and after 按分.
struct HouseholdView
{
    Household household;
    QJsonObject computation; // tier, tier_label, basis, amount, rule, members, explanation
    QJsonArray applications; // id, name, state, special_case, base_cap, monthly_cap, stale
};

struct HouseholdListItem
{
    qint64 id = 0;
    QString programme;
    QString name;
    int members = 0;
};

struct MonthlyCost
{
    QDate month;
    int totalCost = 0;
    bool overHighLong = false; // over the 高額かつ長期 threshold (50,000 yen)
    bool overMildHigh = false; // over the 軽症高額 threshold (33,330 yen)
};

// The household and monthly-cost API (kohi_api.household_*, monthly_cost_*) as typed calls.
// The server validates and computes; a refusal's Japanese message is in lastError().
class HouseholdRepository
{
public:
    explicit HouseholdRepository(const Session& session) : m_session(session) {}

    struct SaveResult
    {
        qint64 id = 0;
        int version = 0;
        int recomputed = 0; // open applications of the household whose tier or cap changed
    };
    // A new household when household.id is 0, else an update at household.version.
    std::optional<SaveResult> save(const QString& programme, const Household& household);
    std::optional<HouseholdView> get(qint64 id);
    std::optional<QList<HouseholdListItem>> list(const QString& programme,
                                                 const QString& namePrefix, int limit);

    bool saveMonthlyCost(qint64 recipientId, const QDate& month, int totalCost);
    std::optional<QList<MonthlyCost>> monthlyCosts(qint64 recipientId);

    const ApiError& lastError() const { return m_error; }

private:
    bool failed(const PgResult& result);

    const Session& m_session;
    ApiError m_error;
};

} // namespace kohi::db
