using PermanenciaAnalytics.Core.Enrollment;
using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.Etl.Validation;

/// <summary>
/// Per-load memo of the parsed ESTADO and grade values: a column holds a handful of distinct spellings, and parsing
/// each row's value afresh (accent stripping, Unicode normalisation) cost more than reading the row. Bounded, so a
/// file of garbage cannot grow it without limit.
/// </summary>
internal sealed class CodeCache
{
    private const int MaxEntries = 512;

    private readonly Dictionary<string, EnrollmentStatus> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int?> _grades = new(StringComparer.Ordinal);

    public EnrollmentStatus Status(string raw)
    {
        if (_statuses.TryGetValue(raw, out var status))
        {
            return status;
        }

        status = EnrollmentStatusParser.Parse(raw);
        if (_statuses.Count < MaxEntries)
        {
            _statuses[raw] = status;
        }

        return status;
    }

    public bool TryGrade(string raw, out int grade)
    {
        if (!_grades.TryGetValue(raw, out var cached))
        {
            cached = GradeCatalog.TryParse(raw, out var parsed) ? parsed : null;
            if (_grades.Count < MaxEntries)
            {
                _grades[raw] = cached;
            }
        }

        grade = cached ?? 0;
        return cached is not null;
    }
}
