namespace PermanenciaAnalytics.Synthetic;

/// <summary>Writes one student placement as a 54-column SIMAT plain-export row (order of <see cref="SimatPlainColumns"/>).</summary>
internal sealed class SimatRowWriter(ulong seed, int year, IReadOnlyList<SyntheticInstitutionPlan> institutions)
{
    private const string Municipality = "CÚCUTA";

    public void Write(DelimitedRowWriter w, in SyntheticStudent s, in PlacementRow row, long counter)
    {
        var person = new SyntheticPerson(seed, s, year);
        var plan = institutions[row.Institution];
        var sede = plan.Sedes[Math.Min(row.Sede, plan.Sedes.Count - 1)];
        var migrant = s.Has(StudentFlags.Migrant);
        w.Field(year);
        w.Field(Municipality);
        w.Field(row.Enrolled ? "MATRICULADO" : "RETIRADO");
        w.Field(Municipality);
        w.Field(plan.Name);
        w.Field(plan.Dane);
        w.Field("A");
        w.Field("OFICIAL");
        w.Field(sede.Name);
        w.Field(sede.Dane);
        w.Field(sede.Consecutivo);
        w.Field(sede.Zona);
        w.Field(SyntheticPopulation.JornadaName(plan, s.Jornada));
        w.Field(s.Grade, 2);
        w.Field(GroupCode(s));
        w.Empty();                                  // RENOMBRE
        w.Field(Modelo(s.Grade));
        w.Field(row.Motivo);
        w.Field(row.StartDate.ToDateTime(new TimeOnly(7, 30)), "yyyy-MM-dd HH:mm:ss");
        if (row.EndDate is { } end)
        {
            w.Field(end.ToDateTime(new TimeOnly(10, 15)), "yyyy-MM-dd HH:mm:ss");
        }
        else
        {
            w.Empty();
        }

        w.Empty();                                  // NUI
        w.Field(person.Estrato);
        w.Field(person.Sisben);
        w.Field(person.PerId);
        w.Field(person.Document);
        w.Field(person.DocType);
        w.Field(person.Surname1);
        w.Field(person.Surname2);
        w.Field(person.FirstName);
        w.Field(person.SecondName);
        w.Field(s.Has(StudentFlags.Female) ? "F" : "M");
        w.Field(DateOnly.FromDayNumber(s.BirthDayNumber), "dd/MM/yyyy");
        w.Field(person.Barrio);
        w.Field(person.Eps);
        w.Field(person.BloodType);
        w.Field("N");
        w.Field("SGP");
        w.Field("NINGUNO");
        w.Empty();                                  // NUM_CONTRATO
        w.Field("N");
        w.Field("N");
        w.Field(person.Discapacidad);
        w.Field(migrant ? "VENEZUELA" : "COLOMBIA");
        w.Field(person.Email);
        w.Field(person.Phone);
        w.Field(person.Etnia);
        w.Field("NO APLICA");
        w.Field("NO APLICA");
        w.Field("NO APLICA");
        w.Field(s.Has(StudentFlags.Campesino) ? "S" : "N");
        w.Field(migrant ? "VENEZUELA" : "COLOMBIA");
        w.Empty();                                  // PAIS_NACIONALIDAD2
        w.Empty();                                  // CATEGORIA_AULA
        w.Field(counter);
        w.EndRow();
    }

    public static string GroupCode(in SyntheticStudent s) =>
        (s.Grade < 0 ? "P" + (-s.Grade).ToString(System.Globalization.CultureInfo.InvariantCulture) : s.Grade.ToString("00", System.Globalization.CultureInfo.InvariantCulture))
        + s.Group.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Modelo(int grade) => grade switch
    {
        < 0 => "PREESCOLAR ESCOLARIZADO",
        >= 21 and <= 26 => "PROGRAMA PARA JÓVENES EN EXTRAEDAD Y ADULTOS",
        99 => "ACELERACIÓN DEL APRENDIZAJE",
        _ => "EDUCACIÓN TRADICIONAL",
    };
}
