using System.Globalization;
using PermanenciaAnalytics.Core.Grades;
using PermanenciaAnalytics.Core.Text;

namespace PermanenciaAnalytics.Core.Plans;

/// <summary>
/// What a plan target or strategy points at: one grade (SIMAT code, e.g. 6) or one level (e.g. secundaria).
/// Exactly one of <see cref="Grade"/> and <see cref="Level"/> is set.
/// </summary>
public sealed record PlanScope
{
    private PlanScope(int? grade, EducationLevel? level)
    {
        Grade = grade;
        Level = level;
    }

    public int? Grade { get; }

    public EducationLevel? Level { get; }

    public static PlanScope ForGrade(int grade) => new(grade, null);

    public static PlanScope ForLevel(EducationLevel level) => new(null, level);

    /// <summary>True when a student of <paramref name="grade"/> is inside this scope.</summary>
    public bool Contains(int grade) => Grade is { } g ? g == grade : GradeCatalog.LevelOf(grade) == Level;

    /// <summary>Text as written in plan files and CSV: the grade code ("6") or the level key ("secundaria").</summary>
    public string Key => Grade is { } g ? g.ToString(CultureInfo.InvariantCulture) : EducationLevelNames.Key(Level!.Value);

    /// <summary>Spanish label for reports ("6°", "Secundaria").</summary>
    public string Display => Grade is { } g ? GradeCatalog.DisplayName(g) : EducationLevelNames.Display(Level!.Value);

    /// <summary>Parses a grade code or name ("6", "06", "SEXTO") or a level name ("secundaria", "Media").</summary>
    public static bool TryParse(string? text, out PlanScope scope)
    {
        scope = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().TrimEnd('°', 'º');
        var key = TextKey.Normalize(trimmed);
        foreach (var level in LevelsWithRates)
        {
            if (key == TextKey.Normalize(EducationLevelNames.Key(level)) || key == TextKey.Normalize(EducationLevelNames.Display(level)))
            {
                scope = ForLevel(level);
                return true;
            }
        }

        // Level names first: "transición" and "aceleración" are also grade names, but a plan means the level.
        if (GradeCatalog.TryParse(trimmed, out var grade))
        {
            scope = ForGrade(grade);
            return true;
        }

        return false;
    }

    /// <summary>Levels that have dropout rates (docs/design.md §5): the only levels a plan may target.</summary>
    public static IReadOnlyList<EducationLevel> LevelsWithRates { get; } =
        [EducationLevel.Transicion, EducationLevel.Primaria, EducationLevel.Secundaria, EducationLevel.Media, EducationLevel.Aceleracion];

    public override string ToString() => Key;
}
