using System.Globalization;
using PermanenciaAnalytics.Core.Grades;

namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// Draws the institutions and every student's year: placement, late entry, transfer, re-enrolment after a gap and
/// dropout. Dropout probabilities are the 2022 Cúcuta rates by level (domain.md §4.2) scaled by an institution factor
/// whose mean is 1 and by the student's own relative risk (<see cref="SyntheticDropoutRisk"/>, mean 1), so the
/// municipal rate stays near 4.69 %.
/// </summary>
internal sealed class SyntheticPopulation
{
    private static readonly int[] GradeCodes = [-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 21, 22, 23, 24, 25, 26, 99];

    private static readonly double[] GradeWeights =
        [0.4, 1.2, 7.2, 8.6, 8.3, 8.1, 8.0, 7.8, 8.2, 7.6, 7.0, 6.4, 5.8, 5.2, 0.5, 0.6, 1.1, 1.0, 0.8, 0.7, 0.9];

    private SyntheticPopulation(IReadOnlyList<SyntheticInstitutionPlan> institutions, SyntheticStudent[] students)
    {
        Institutions = institutions;
        Students = students;
    }

    public IReadOnlyList<SyntheticInstitutionPlan> Institutions { get; }

    public SyntheticStudent[] Students { get; }

    /// <summary>Dropout probability for a grade before the institution factor (2022 published rates).</summary>
    public static double BaseDropoutProbability(int grade) => grade switch
    {
        0 => 0.0622,
        >= 1 and <= 5 => 0.0464,
        >= 6 and <= 9 => 0.0485,
        10 or 11 => 0.0341,
        99 => 0.08,
        >= 21 and <= 26 => 0.12,
        _ => 0.05,
    };

    public static SyntheticPopulation Create(SyntheticYearOptions options)
    {
        if (options.PriorYear)
        {
            return CreatePriorYear(options);
        }

        var institutions = CreateInstitutions(options);
        var students = new SyntheticStudent[options.Students];
        var sizeWeights = institutions.Select(i => i.SizeWeight).ToArray();
        var preschool = Enumerable.Range(0, institutions.Count).Where(i => institutions[i].OffersPreschool).ToArray();
        var adults = Enumerable.Range(0, institutions.Count).Where(i => institutions[i].OffersAdults).ToArray();
        for (var id = 0; id < students.Length; id++)
        {
            var random = SyntheticRandom.For(options.Seed, id, 0);
            var grade = GradeCodes[random.PickWeighted(GradeWeights)];
            var institution = random.PickWeighted(sizeWeights);
            if (grade < 0 && !institutions[institution].OffersPreschool)
            {
                institution = preschool[random.Next(preschool.Length)];
            }
            else if (grade is >= 21 and <= 26 && !institutions[institution].OffersAdults)
            {
                institution = adults[random.Next(adults.Length)];
            }

            students[id] = DrawStudent(options, institutions, id, grade, institution, ref random);
        }

        return new SyntheticPopulation(institutions, SortedAsExported(students));
    }

    /// <summary>See <see cref="SyntheticYearOptions.PriorYear"/>.</summary>
    private static SyntheticPopulation CreatePriorYear(SyntheticYearOptions options)
    {
        var next = Create(options with { Year = options.Year + 1, PriorYear = false });
        var institutions = next.Institutions.ToList();
        var students = new List<SyntheticStudent>(next.Students.Length + (next.Students.Length / 8));
        var freshId = options.Students;
        foreach (var later in next.Students)
        {
            if (PriorGrade(later) is not { } grade)
            {
                continue;
            }

            var random = SyntheticRandom.For(options.Seed, later.Id, 3);
            var history = SyntheticRandom.For(options.Seed, later.Id, 6);
            // New this year (not in school here the year before): some late entrants and newly arrived migrants.
            var isNew = later.Grade >= 1 && history.Chance((later.StartCut > 0 ? NewLateEntrantShare : 0) + (later.Has(StudentFlags.Migrant) ? NewMigrantShare : 0));
            var continuing = Continuing(later, grade, ref random);
            // Dropped out this year and came back the next: more often among the next year's own dropouts.
            if (GradeCatalog.IsInDropoutUniverse(grade) && history.Chance(later.IsDropout ? ReturnerShareOfNextDropouts : ReturnerShareOfOthers))
            {
                continuing.DropCut = (byte)history.Next(1, options.Cuts);
                continuing.Flags |= (history.Chance(0.7) ? StudentFlags.RetiredVisible : StudentFlags.None)
                    | (history.Chance(0.88) ? StudentFlags.InSimpade : StudentFlags.None);
            }

            else
            {
                OrdinaryMoves(ref continuing, options, institutions, ref history);
            }

            if (!isNew)
            {
                students.Add(continuing);
            }

            // This year's dropouts are students of their own: they are not in the next year. Adult cycles (outside the
            // rates' universe) lose students too, at their own rate.
            if ((GradeCatalog.IsInDropoutUniverse(grade) || grade is >= 21 and <= 26) && random.Chance(BaseDropoutProbability(grade) * institutions[later.Institution].RiskFactor))
            {
                students.Add(DrawLeaver(options, institutions, freshId++, grade, later.Institution));
            }

            // The class that graduates: one grade-11 student for every grade-11 student of the next year.
            if (later.Grade == 11)
            {
                var graduateRandom = SyntheticRandom.For(options.Seed, freshId, 4);
                students.Add(DrawStudent(options, institutions, freshId++, 11, later.Institution, ref graduateRandom));
            }
        }

        return new SyntheticPopulation(institutions, SortedAsExported([.. students]));
    }

    /// <summary>Share of the next year's late entrants (grades 1 and up) who were not in school here the year before.</summary>
    public const double NewLateEntrantShare = 0.5;

    /// <summary>Share of the next year's migrants (grades 1 and up) who arrived that year.</summary>
    public const double NewMigrantShare = 0.15;

    /// <summary>Chance a dropout of the next year had also dropped out this year (and came back).</summary>
    public const double ReturnerShareOfNextDropouts = 0.10;

    /// <summary>Chance any other continuing student dropped out this year and came back.</summary>
    public const double ReturnerShareOfOthers = 0.008;

    // A dropout of this year with the circumstances dropouts have: students are drawn as any student until one drops
    // out (so extra-edad, repitentes, migrants… are as over-represented among them as the relative risks make them).
    private static SyntheticStudent DrawLeaver(SyntheticYearOptions options, List<SyntheticInstitutionPlan> institutions, int id, int grade, int institution)
    {
        for (var attempt = 0; attempt < 400; attempt++)
        {
            var candidateRandom = SyntheticRandom.For(options.Seed, id, 100 + attempt);
            var candidate = DrawStudent(options, institutions, id, grade, institution, ref candidateRandom);
            if (candidate.IsDropout)
            {
                return candidate;
            }
        }

        var leaverRandom = SyntheticRandom.For(options.Seed, id, 4);
        return DrawStudent(options, institutions, id, grade, institution, ref leaverRandom, forceDropout: true);
    }

    // Continuing students change school during the year and miss cuts as often as anyone (3.5 % and 2 %, as in
    // DrawStudent), so neither marks a leaver: a transfer ends at the school of the next year.
    private static void OrdinaryMoves(ref SyntheticStudent student, SyntheticYearOptions options, List<SyntheticInstitutionPlan> institutions, ref SyntheticRandom random)
    {
        var last = options.Cuts - 1;
        if (institutions.Count > 1 && random.Chance(0.035))
        {
            var origin = random.Next(institutions.Count - 1);
            origin = origin >= student.DestinationInstitution ? origin + 1 : origin;
            student.TransferCut = (byte)random.Next(1, options.Cuts);
            student.Institution = (short)origin;
            student.Sede = (byte)PickSede(institutions[origin], student.Grade, ref random);
            student.Flags |= random.Chance(0.6) ? StudentFlags.TransferVisible : StudentFlags.None;
        }
        else if (last >= 3 && random.Chance(0.02))
        {
            student.GapLength = (byte)random.Next(1, 3);
            student.GapStart = (byte)random.Next(1, last - student.GapLength + 1);
            student.Flags |= (random.Chance(0.5) ? StudentFlags.RetiredVisible : StudentFlags.None)
                | (random.Chance(0.35) ? StudentFlags.InSimpade : StudentFlags.None);
        }
    }

    // The grade the next year's student had this year; null when they were not in school yet (pre-jardín, ciclo 1).
    private static int? PriorGrade(in SyntheticStudent later) => later.Grade switch
    {
        _ when later.Has(StudentFlags.Repitente) && later.Grade is >= 1 and <= 11 => later.Grade,
        -2 or 21 => null,
        -1 => -2,
        0 => -1,
        99 => 99,
        _ => later.Grade - 1,
    };

    // The same person and place one grade lower, enrolled all year (they are in the next year's extract).
    private static SyntheticStudent Continuing(in SyntheticStudent later, int grade, ref SyntheticRandom random)
    {
        var keep = StudentFlags.Female | StudentFlags.Migrant | StudentFlags.ExtraEdad | StudentFlags.Victim | StudentFlags.Campesino;
        var student = later;
        student.Grade = (sbyte)grade;
        student.StartCut = 0;
        student.DropCut = SyntheticStudent.None;
        student.TransferCut = SyntheticStudent.None;
        student.GapStart = SyntheticStudent.None;
        student.GapLength = 0;
        student.DestinationInstitution = later.Institution;
        student.DestinationSede = later.Sede;
        student.Flags = (later.Flags & keep) | (random.Chance(0.06) ? StudentFlags.Repitente : StudentFlags.None);
        return student;
    }

    // Real exports list students grouped by institution, sede and grade.
    private static SyntheticStudent[] SortedAsExported(SyntheticStudent[] students)
    {
        Array.Sort(students, static (a, b) =>
        {
            var byInstitution = a.Institution.CompareTo(b.Institution);
            if (byInstitution != 0)
            {
                return byInstitution;
            }

            var bySede = a.Sede.CompareTo(b.Sede);
            return bySede != 0 ? bySede : a.Grade != b.Grade ? a.Grade.CompareTo(b.Grade) : a.Id.CompareTo(b.Id);
        });
        return students;
    }

    private static SyntheticStudent DrawStudent(
        SyntheticYearOptions options, List<SyntheticInstitutionPlan> institutions, int id, int grade, int institution, ref SyntheticRandom random,
        bool forceDropout = false)
    {
        var plan = institutions[institution];
        var last = options.Cuts - 1;
        var student = new SyntheticStudent
        {
            Id = id,
            Grade = (sbyte)grade,
            Institution = (short)institution,
            DestinationInstitution = (short)institution,
            Sede = (byte)PickSede(plan, grade, ref random),
            Group = (byte)random.Next(1, 5),
            StartCut = random.Chance(0.06) ? (byte)random.Next(1, options.Cuts) : (byte)0,
            DropCut = SyntheticStudent.None,
            TransferCut = SyntheticStudent.None,
            GapStart = SyntheticStudent.None,
        };
        student.Jornada = (byte)(grade is >= 21 and <= 26 ? (random.Chance(0.7) ? 3 : 4) : random.Next(plan.DayJornadas.Count));
        student.DestinationSede = student.Sede;
        var flags = StudentFlags.None;
        if (random.Chance(0.49)) { flags |= StudentFlags.Female; }
        if (random.Chance(options.MigrantShare)) { flags |= StudentFlags.Migrant; }
        if (random.Chance((flags & StudentFlags.Migrant) != 0 ? 0.22 : 0.07)) { flags |= StudentFlags.ExtraEdad; }
        if (random.Chance(0.09)) { flags |= StudentFlags.Victim; }
        if (random.Chance(0.06)) { flags |= StudentFlags.Repitente; }
        if (random.Chance(0.03)) { flags |= StudentFlags.Campesino; }

        // The birth date and the person's disability come first: the dropout chance depends on them.
        student.BirthDayNumber = BirthDate(options.Year, grade, (flags & StudentFlags.ExtraEdad) != 0, ref random).DayNumber;
        student.Flags = flags;
        var disability = new SyntheticPerson(options.Seed, student, options.Year).Discapacidad != SyntheticCatalogs.Discapacidades[0];
        var noise = SyntheticRandom.For(options.Seed, id, 5);
        var dropoutChance = BaseDropoutProbability(grade) * plan.RiskFactor
            * SyntheticDropoutRisk.RelativeRisk(flags, disability, student.StartCut > 0, ref noise);
        if (forceDropout && student.StartCut >= last)
        {
            student.StartCut = 0;
        }

        if (student.StartCut < last && (forceDropout || random.Chance(dropoutChance)))
        {
            student.DropCut = (byte)random.Next(Math.Max(1, student.StartCut + 1), options.Cuts);
            if (random.Chance(0.7)) { flags |= StudentFlags.RetiredVisible; }
            if (random.Chance(0.88)) { flags |= StudentFlags.InSimpade; }
        }

        var transferLimit = student.IsDropout ? student.DropCut : options.Cuts;
        var transferChance = student.IsDropout ? SyntheticDropoutRisk.DropoutTransferChance : 0.035;
        if (institutions.Count > 1 && transferLimit - student.StartCut >= 2 && random.Chance(transferChance))
        {
            student.TransferCut = (byte)random.Next(student.StartCut + 1, transferLimit);
            var destination = random.Next(institutions.Count - 1);
            destination = destination >= institution ? destination + 1 : destination;
            student.DestinationInstitution = (short)destination;
            student.DestinationSede = (byte)PickSede(institutions[destination], grade, ref random);
            if (random.Chance(0.6)) { flags |= StudentFlags.TransferVisible; }
        }
        else if (!student.IsDropout && last - student.StartCut >= 3 && random.Chance(0.02))
        {
            // Leaves for one or two cuts and comes back before the final cut: not a dropout (docs/design.md §5 rule 5).
            student.GapLength = (byte)random.Next(1, 3);
            student.GapStart = (byte)random.Next(student.StartCut + 1, last - student.GapLength + 1);
            if (random.Chance(0.5)) { flags |= StudentFlags.RetiredVisible; }
            if (random.Chance(0.35)) { flags |= StudentFlags.InSimpade; }
        }
        else if (student.IsDropout && student.DropCut - student.StartCut >= 3 && noise.Chance(SyntheticDropoutRisk.DropoutGapChance))
        {
            // Missing at one cut, back at the next, gone for good later: still a dropout (rule 5), and an early warning.
            student.GapLength = 1;
            student.GapStart = (byte)noise.Next(student.StartCut + 1, student.DropCut - 1);
        }

        student.Flags = flags;
        return student;
    }

    private static int PickSede(SyntheticInstitutionPlan plan, int grade, ref SyntheticRandom random)
    {
        // Secondary and adult programmes sit in the main sede; primary and preschool spread over all sedes.
        if (grade >= 6 || plan.Sedes.Count == 1)
        {
            return random.Chance(0.85) ? 0 : random.Next(plan.Sedes.Count);
        }

        return random.Next(plan.Sedes.Count);
    }

    /// <summary>Birth date giving the intended age on 30 June: grade + 5 or + 6, three or four more when extra-edad.</summary>
    private static DateOnly BirthDate(int year, int grade, bool extraEdad, ref SyntheticRandom random)
    {
        var age = grade switch
        {
            -2 => 3,
            -1 => 4,
            >= 0 and <= 11 => grade + 5 + random.Next(2) + (extraEdad ? random.Next(3, 5) : 0),
            99 => random.Next(10, 16),
            _ => 14 + (2 * (grade - 21)) + random.Next(0, 12),
        };
        return new DateOnly(year - age, 6, 30).AddDays(-random.Next(365));
    }

    private static List<SyntheticInstitutionPlan> CreateInstitutions(SyntheticYearOptions options)
    {
        var random = SyntheticRandom.For(options.Seed, -1, 1);
        var patrons = SyntheticCatalogs.InstitutionPatrons.ToArray();
        for (var i = patrons.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (patrons[i], patrons[j]) = (patrons[j], patrons[i]);
        }

        var result = new List<SyntheticInstitutionPlan>(options.Institutions);
        var serial = 10 + random.Next(90);
        for (var i = 0; i < options.Institutions; i++)
        {
            serial += 17 + random.Next(400);
            var rural = random.Chance(0.15);
            var dane = (rural ? "254001" : "154001") + serial.ToString("D6", CultureInfo.InvariantCulture);
            var patron = patrons[i % patrons.Length];
            var name = (random.Chance(0.85) ? "INSTITUCIÓN EDUCATIVA " : "COLEGIO ") + patron
                + (i >= patrons.Length ? $" N° {(i / patrons.Length) + 1}" : string.Empty);
            var sedeCount = random.Next(2, 7);
            var sedes = new List<SyntheticSede>(sedeCount);
            for (var s = 0; s < sedeCount; s++)
            {
                var sedeDane = s == 0 ? dane : (rural ? "254001" : "154001") + (500000 + (i * 10) + s).ToString("D6", CultureInfo.InvariantCulture);
                var sedeName = s == 0 ? $"{name} - SEDE PRINCIPAL" : SyntheticCatalogs.SedeNames[1 + random.Next(SyntheticCatalogs.SedeNames.Length - 1)];
                sedes.Add(new SyntheticSede(sedeDane, dane + (s + 1).ToString("D2", CultureInfo.InvariantCulture), sedeName,
                    rural || sedeName.Contains("RURAL", StringComparison.Ordinal) ? "RURAL" : "URBANA"));
            }

            string[] jornadas = random.Chance(0.45) ? ["ÚNICA"] : ["MAÑANA", "TARDE"];
            // Log-normal-ish sizes: a few large colegios of 4,000+, many of 800–2,000.
            var size = Math.Exp(random.NextDouble() * 1.7);
            var risk = 0.5 + random.NextDouble();
            result.Add(new SyntheticInstitutionPlan(dane, name, sedes, jornadas, i == 0 || random.Chance(0.5), i == 0 || random.Chance(0.3), size, risk));
        }

        return result;
    }

    /// <summary>Jornada text for a student's jornada index (3 and 4 are the adult ones).</summary>
    public static string JornadaName(SyntheticInstitutionPlan plan, byte jornada) => jornada switch
    {
        3 => "NOCTURNA",
        4 => "FIN DE SEMANA",
        _ => plan.DayJornadas[Math.Min(jornada, plan.DayJornadas.Count - 1)],
    };
}
