using System.Globalization;

namespace PermanenciaAnalytics.Synthetic;

/// <summary>
/// Writes one SIMPADE desertores row. Reason flags come the three ways the real file has them: all blank (no reason
/// reported), all 0, or one or more 1; reasons lean on the student's profile (migrants: cambio de país/residencia).
/// </summary>
internal sealed class SimpadeRowWriter(ulong seed, int year, bool withIdentity, IReadOnlyList<SyntheticInstitutionPlan> institutions)
{
    private const string SecretariaCode = "3802";
    private static readonly int[] CommonReasons = [16, 17, 11, 2, 34, 52, 47, 53, 19, 46, 24, 10];
    private static readonly double[] CommonWeights = [14, 12, 10, 5, 9, 7, 4, 8, 3, 3, 2, 8];
    private static readonly int[] OlderReasons = [0, 10, 1, 44];

    public void Write(DelimitedRowWriter w, in SyntheticStudent s, int month, long row, DateTime cutStamp)
    {
        var person = new SyntheticPerson(seed, s, year);
        var moved = s.TransferCut != SyntheticStudent.None;
        var plan = institutions[moved ? s.DestinationInstitution : s.Institution];
        var sede = plan.Sedes[Math.Min(moved ? s.DestinationSede : s.Sede, plan.Sedes.Count - 1)];
        var random = SyntheticRandom.For(seed, s.Id, 3);

        w.Field(SecretariaCode);
        w.Field(year);
        w.Field("CÚCUTA");
        w.Field(SecretariaCode);
        w.Field("54");
        w.Field("NORTE DE SANTANDER");
        w.Field("54001");
        w.Field("CÚCUTA");
        w.Field(2000 + s.Institution);
        w.Field(plan.Dane);
        w.Field(plan.Name);
        w.Field(60000 + (s.Institution * 10) + s.Sede);
        w.Field(sede.Dane);
        w.Field(sede.Name);
        w.Field(DocTypeText(person.DocType));
        if (withIdentity)
        {
            w.Field(person.PerId);
            w.Field(person.Document);
        }

        WriteReasons(w, s, ref random);
        w.Empty(2);                                     // apoyo academico, srpa
        w.Field(year);
        w.Field(SecretariaCode);
        w.Field("CÚCUTA");
        w.Field("NORTE DE SANTANDER");
        w.Field(1);
        w.Field("CÚCUTA");
        w.Field(plan.Dane);
        w.Field(plan.Name);
        w.Field(sede.Dane);
        w.Field(sede.Name);
        w.Field(sede.Consecutivo);
        w.Field(s.Has(StudentFlags.Migrant) ? null : "NORTE DE SANTANDER");
        w.Field(s.Has(StudentFlags.Migrant) ? null : "CÚCUTA");
        w.Field("NORTE DE SANTANDER");
        w.Field("CÚCUTA");
        w.Field("ESTRATO " + person.Estrato.ToString(CultureInfo.InvariantCulture));
        w.Empty();                                      // SISBEN
        w.Field(s.Has(StudentFlags.Migrant) ? null : "NORTE DE SANTANDER");
        w.Field(s.Has(StudentFlags.Migrant) ? null : "CÚCUTA");
        w.Field(s.Has(StudentFlags.Female) ? "FEMENINO" : "MASCULINO");
        w.Field(s.Has(StudentFlags.Victim) ? "SI ES POBLACION VICTIMA" : "NO ES POBLACION VICTIMA");
        w.Empty(2);                                     // DPTO_EXP, MUN_EXP
        w.Field("NO");
        w.Field(s.Has(StudentFlags.Migrant) ? "SI" : "NO");
        w.Empty(2);                                     // TIPO_DE_DISCAPACIDAD, CAPACIDADES_EXCEPCIONALES
        w.Field(person.Etnia);
        w.Field("NO APLICA");
        w.Field("NO APLICA");
        w.Field(SyntheticPopulation.JornadaName(plan, s.Jornada));
        w.Field("NO APLICA");
        w.Field("NO APLICA");
        w.Field(SyntheticCatalogs.SimpadeGradeName(s.Grade));
        w.Field(SimatRowWriter.GroupCode(s));
        w.Field(s.Grade is >= 21 and <= 26 ? "PROGRAMA PARA JÓVENES EN EXTRAEDAD Y ADULTOS" : "NIÑOS Y JÓVENES");
        w.Field(random.Chance(0.3) ? "SI" : "NO");
        w.Field(s.Has(StudentFlags.Repitente) ? "SI" : "NO");
        w.Field(s.StartCut > 0 ? "SI" : "NO");
        w.Empty(2);                                     // situación / condición año anterior (blank in the real file)
        w.Field("SGP");
        w.Field(sede.Zona);
        w.Field("NO");
        w.Field("NO");
        w.Field("NO");
        w.Field("NO");
        w.Field("NINGUNO");
        w.Empty();                                      // NUM_CONVENIO
        w.Field(70000 + (s.Institution * 10) + s.Sede);
        w.Field(956);
        w.Field(s.Id + 10_000);                         // EST_ID
        w.Field("OFICIAL");
        w.Field("A");
        w.Field(sede.Zona);
        w.Field(year - DateOnly.FromDayNumber(s.BirthDayNumber).Year);
        w.Field(NivelConpes(s.Grade));
        w.Field(month);
        w.Field(Math.Max(1, month - 1));
        for (var m = 4; m <= 11; m++)
        {
            w.Field(m < month ? "1" : null);
            w.Field(m < month ? SecretariaCode : null);
        }

        w.Field(0);
        w.Field(SecretariaCode);
        w.Empty();                                      // INDICE_DE_DESERCION (blank in the real file)
        WriteCutStamp(w, cutStamp.AddMilliseconds(row * 23));
        w.EndRow();
    }

    private static void WriteReasons(DelimitedRowWriter w, in SyntheticStudent s, ref SyntheticRandom random)
    {
        var mode = random.NextDouble();
        if (mode < 0.08)
        {
            w.Empty(SimpadeColumns.ReasonCodes.Count);
            return;
        }

        Span<bool> flags = stackalloc bool[SimpadeColumns.ReasonCodes.Count];
        if (mode >= 0.15)
        {
            flags[PickReason(s, ref random)] = true;
            if (random.Chance(0.3))
            {
                flags[PickReason(s, ref random)] = true;
            }
        }

        foreach (var flag in flags)
        {
            w.Field(flag ? "1" : "0");
        }
    }

    private static int PickReason(in SyntheticStudent s, ref SyntheticRandom random)
    {
        if (s.Has(StudentFlags.Migrant) && random.Chance(0.55))
        {
            return random.Chance(0.6) ? 21 : 16;
        }

        if (s.Has(StudentFlags.ExtraEdad) && random.Chance(0.3))
        {
            return 3;
        }

        if ((s.Grade >= 8 && s.Grade <= 11 || s.Grade >= 21) && random.Chance(0.4))
        {
            return OlderReasons[random.Next(OlderReasons.Length)];
        }

        return CommonReasons[random.PickWeighted(CommonWeights)];
    }

    /// <summary>FECHA_CORTE as SIMPADE writes it: seconds with one to three decimals, trailing zeros dropped.</summary>
    private static void WriteCutStamp(DelimitedRowWriter w, DateTime stamp)
    {
        var fraction = stamp.Millisecond.ToString("000", CultureInfo.InvariantCulture).TrimEnd('0');
        w.Field(stamp.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + "." + (fraction.Length == 0 ? "0" : fraction));
    }

    private static string DocTypeText(string code) => code switch
    {
        "TI" => "TI:TARJETA DE IDENTIDAD",
        "RC" => "RC:REGISTRO CIVIL DE NACIMIENTO",
        "CC" => "CC:CÉDULA DE CIUDADANÍA",
        "PPT" => "PPT: PERMISO DE PROTECCIÓN TEMPORAL",
        _ => "NES:NÚMERO ESTABLECIDO POR LA SECRETARÍA",
    };

    private static string NivelConpes(int grade) => grade switch
    {
        0 => "PREESCOLAR",
        >= 1 and <= 5 => "BÁSICA PRIMARIA",
        >= 6 and <= 9 => "BÁSICA SECUNDARIA",
        10 or 11 => "MEDIA",
        _ => "SIN NIVEL",
    };
}
