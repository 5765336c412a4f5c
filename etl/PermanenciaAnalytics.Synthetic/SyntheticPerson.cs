using System.Globalization;

namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// The fake personal details of a student, re-derived from the seed and student id every time a row is written
/// (so they need no memory). Documents start with 99 and phones use the 555 block: recognisably not real people.
/// </summary>
internal readonly struct SyntheticPerson
{
    public SyntheticPerson(ulong seed, in SyntheticStudent student, int year)
    {
        var random = SyntheticRandom.For(seed, student.Id, 2);
        var female = student.Has(StudentFlags.Female);
        var names = female ? SyntheticCatalogs.FemaleNames : SyntheticCatalogs.MaleNames;
        FirstName = random.Pick(names);
        SecondName = random.Chance(0.6) ? random.Pick(names) : null;
        Surname1 = random.Pick(SyntheticCatalogs.Surnames);
        Surname2 = random.Chance(0.93) ? random.Pick(SyntheticCatalogs.Surnames) : null;
        PerId = (40_000_000L + (student.Id * 7L) + random.Next(7)).ToString(CultureInfo.InvariantCulture);
        var age = year - DateOnly.FromDayNumber(student.BirthDayNumber).Year;
        DocType = student.Has(StudentFlags.Migrant)
            ? (random.Chance(0.7) ? "PPT" : "NES")
            : age >= 18 ? "CC" : age >= 7 ? "TI" : "RC";
        Document = DocType switch
        {
            "PPT" => (9_900_000 + (student.Id % 99_999)).ToString(CultureInfo.InvariantCulture) + random.Next(10).ToString(CultureInfo.InvariantCulture),
            "NES" => "99" + (student.Id + 1_000_000).ToString(CultureInfo.InvariantCulture) + "N",
            _ => (9_900_000_000L + (student.Id * 13L) + random.Next(13)).ToString(CultureInfo.InvariantCulture),
        };
        Phone = "300555" + random.Next(10_000).ToString("D4", CultureInfo.InvariantCulture);
        Barrio = random.Pick(SyntheticCatalogs.Barrios);
        Eps = random.Pick(SyntheticCatalogs.Eps);
        BloodType = random.Pick(SyntheticCatalogs.BloodTypes);
        Sisben = SyntheticCatalogs.Sisben[random.PickWeighted(SyntheticCatalogs.SisbenWeights)];
        Estrato = random.PickWeighted(SyntheticCatalogs.EstratoWeights);
        Etnia = SyntheticCatalogs.Etnias[random.PickWeighted(SyntheticCatalogs.EtniaWeights)];
        Discapacidad = SyntheticCatalogs.Discapacidades[random.PickWeighted(SyntheticCatalogs.DiscapacidadWeights)];
        Email = random.Chance(0.05) ? $"acudiente{student.Id}@correo.invalid" : null;
    }

    public string FirstName { get; }

    public string? SecondName { get; }

    public string Surname1 { get; }

    public string? Surname2 { get; }

    public string PerId { get; }

    public string DocType { get; }

    public string Document { get; }

    public string Phone { get; }

    public string Barrio { get; }

    public string Eps { get; }

    public string BloodType { get; }

    public string Sisben { get; }

    public int Estrato { get; }

    public string Etnia { get; }

    public string Discapacidad { get; }

    public string? Email { get; }
}
