using Dapper;
using PermanenciaAnalytics.Etl.Database;

namespace PermanenciaAnalytics.App.Web.Data;

/// <summary><see cref="IWithdrawnStudentsReader"/> over schema v1 (WithdrawnStudents.sql, one file per dialect).</summary>
public sealed class SqlWithdrawnStudentsReader(DatabaseTarget target) : IWithdrawnStudentsReader
{
    private static readonly SqlScripts Scripts = SqlScripts.Of(typeof(SqlWithdrawnStudentsReader).Assembly);

    public IReadOnlyList<WithdrawnStudent> List(int year, string institutionDane)
    {
        ArgumentException.ThrowIfNullOrEmpty(institutionDane);
        using var connection = target.Open();
        var contacts = connection.Query<ContactRow>(Scripts.Read(target.Dialect, "Cases", "CaseContacts"), new { year, dane = institutionDane })
            .GroupBy(c => c.StudentKey, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<OutreachContact>)[.. g.Select(c => new OutreachContact(DateOnly.FromDateTime(c.ContactOn), c.Channel, c.Result, c.Note,
                    c.NextCallOn is { } next ? DateOnly.FromDateTime(next) : null))],
                StringComparer.Ordinal);
        return connection.Query<Row>(Scripts.Read(target.Dialect, "Web", "WithdrawnStudents"), new { year, dane = institutionDane })
            .Select(r => new WithdrawnStudent
            {
                StudentKey = r.StudentKey,
                InstitutionDane = r.InstitutionDane,
                Grade = (int)r.Grade,
                GroupCode = r.GroupCode,
                LastCutSeen = DateOnly.FromDateTime(r.LastCutSeen),
                LastStatus = r.LastStatus,
                DocType = r.DocType,
                DocNumber = r.DocNumber,
                FullName = StudentNames.Tidy(r.FullName),
                Phone = r.Phone,
                Phones = PhoneNumbers.Split(r.Phones),
                Address = r.Address,
                Neighborhood = r.Neighborhood,
                SimpadeReasons = (r.ReasonCodes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Order(StringComparer.Ordinal).ToList(),
                Outcome = OutreachOutcomes.TryParse(r.Outcome, out var outcome) ? outcome : null,
                OutcomeDate = r.OutcomeDate is { } date ? DateOnly.FromDateTime(date) : null,
                CaseState = r.CaseState ?? OutreachCaseStates.Open,
                NextCallOn = r.NextCallOn is { } call ? DateOnly.FromDateTime(call) : null,
                ClosureReason = r.ClosureReason,
                Origin = r.Origin ?? OutreachCaseOrigins.Withdrawn,
                RiskBand = r.RiskBand,
                Contacts = contacts.GetValueOrDefault(r.StudentKey, []),
            })
            .ToList();
    }

    public bool IsListed(int year, string institutionDane, string studentKey)
    {
        using var connection = target.Open();
        return connection.ExecuteScalar<long>(Scripts.Read(target.Dialect, "Web", "IsWithdrawn"), new { year, dane = institutionDane, student = studentKey }) > 0;
    }


    private sealed class Row
    {
        public string StudentKey { get; init; } = "";

        public string InstitutionDane { get; init; } = "";

        public long Grade { get; init; }

        public string? GroupCode { get; init; }

        public DateTime LastCutSeen { get; init; }

        public string? LastStatus { get; init; }

        public string? DocType { get; init; }

        public string? DocNumber { get; init; }

        public string? FullName { get; init; }

        public string? Phone { get; init; }

        public string? Phones { get; init; }

        public string? Address { get; init; }

        public string? Neighborhood { get; init; }

        public string? ReasonCodes { get; init; }

        public string? Outcome { get; init; }

        public DateTime? OutcomeDate { get; init; }

        public string? CaseState { get; init; }

        public DateTime? NextCallOn { get; init; }

        public string? ClosureReason { get; init; }

        public string? Origin { get; init; }

        public string? RiskBand { get; init; }
    }

    private sealed class ContactRow
    {
        public string StudentKey { get; init; } = "";

        public DateTime ContactOn { get; init; }

        public string Channel { get; init; } = "";

        public string Result { get; init; } = "";

        public string? Note { get; init; }

        public DateTime? NextCallOn { get; init; }
    }
}
