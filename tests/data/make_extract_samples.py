#!/usr/bin/env python3
"""Writes the small SIMAT/SIMPADE sample extracts under tests/data (run once; the bytes are committed).

Each file reproduces quirks of real exports: BOM or not, Windows-1252, ';' or ',' or tab, CRLF or LF, no final
newline, quoted fields with the separator, trailing empty fields, header spellings of the 54-column plano, the
43-column detallado and Anexo 6A, stray spaces in headers. Names and documents are invented.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

PLANO54 = ("ANO,ETC,ESTADO,JERARQUIA,INSTITUCION,DANE,CALENDARIO,SECTOR,SEDE,CODIGO_DANE_SEDE,CONSECUTIVO,ZONA_SEDE,"
           "JORNADA,GRADO_COD,GRUPO,RENOMBRE,MODELO,MOTIVO,FECHAINI,FECHAFIN,NUI,ESTRATO,SISBEN IV,PER_ID,DOC,TIPODOC,"
           "APELLIDO1,APELLIDO2,NOMBRE1,NOMBRE2,GENERO,FECHA_NACIMIENTO,BARRIO,EPS,TIPO DE SANGRE,MATRICULACONTRATADA,"
           "FUENTE_RECURSOS,INTERNADO,NUM_CONTRATO,HA_ESTADO_VINCULADO_SRPA,ESTA_ACTIVO_SRPA,DISCAPACIDAD,PAIS_ORIGEN,CORREO,"
           "TELEFONO,ETNIA,TRA_ESP_APR_ESCOLAR,APOYO_ACADEMICO_ESPECIAL,LIST_CAP_EXCEPCIONALES,CAMPESINO,PAIS_NACIMIENTO,"
           "PAIS_NACIONALIDAD2,CATEGORIA_AULA,CONTADOR").split(",")

DETALLADO43 = ("ANO;ETC;ESTADO;JERARQUIA;INSTITUCION;DANE;CALENDARIO;SECTOR;SEDE;CODIGO_DANE_SEDE;CONSECUTIVO;ZONA_SEDE;"
               "JORNADA;GRADO_COD;GRUPO;MODELO;MOTIVO;FECHAINI;FECHAFIN;NUI;ESTRATO;SISBEN IV;PER_ID;DOC;TIPODOC;APELLIDO1;"
               "APELLIDO2;NOMBRE1;NOMBRE2;GENERO;FECHA_NACIMIENTO;BARRIO;EPS;TIPO DE SANGRE;MATRICULACONTRATADA;"
               "FUENTE_RECURSOS;INTERNADO;NUM_CONTRATO;APOYO_ACADEMICO_ESPECIAL;SRPA;DISCAPACIDAD;PAIS_ORIGEN;CORREO").split(";")

IE1, IE2 = "154001000101", "154001000202"
SEDE1, SEDE2 = "154001000101", "154001000219"


def student(i, **over):
    row = {
        "ANO": "2024", "ETC": "CUCUTA", "ESTADO": "MATRICULADO", "JERARQUIA": "CÚCUTA",
        "INSTITUCION": "INSTITUCIÓN EDUCATIVA SAN JOSÉ, CÚCUTA", "DANE": IE1, "CALENDARIO": "A", "SECTOR": "OFICIAL",
        "SEDE": "SEDE PRINCIPAL", "CODIGO_DANE_SEDE": SEDE1, "CONSECUTIVO": SEDE1 + "01", "ZONA_SEDE": "URBANA",
        "JORNADA": "MAÑANA", "GRADO_COD": "06", "GRUPO": "601", "MODELO": "EDUCACIÓN TRADICIONAL", "MOTIVO": "",
        "FECHAINI": "2024-01-22 00:00:00", "FECHAFIN": "", "ESTRATO": "1", "SISBEN IV": "A2",
        "PER_ID": str(900000 + i), "DOC": str(1090000000 + i), "TIPODOC": "TI", "APELLIDO1": "PEÑA",
        "APELLIDO2": "MUÑOZ", "NOMBRE1": "ANDRÉS", "NOMBRE2": "", "GENERO": "M", "FECHA_NACIMIENTO": "14/05/2012",
        "BARRIO": "LA LIBERTAD", "EPS": "NUEVA EPS", "TIPO DE SANGRE": "O+", "MATRICULACONTRATADA": "N",
        "FUENTE_RECURSOS": "SGP", "INTERNADO": "NINGUNO", "DISCAPACIDAD": "NO APLICA", "PAIS_ORIGEN": "COLOMBIA",
        "CORREO": "", "TELEFONO": "3001234567", "ETNIA": "NO APLICA", "SRPA": "N",
    }
    row.update(over)
    return row


def quote(value, sep):
    if sep in value or '"' in value or "\n" in value:
        return '"' + value.replace('"', '""') + '"'
    return value


def render(header, rows, sep, newline, final_newline=True, header_text=None):
    lines = [header_text if header_text is not None else sep.join(header)]
    for row in rows:
        lines.append(sep.join(quote(row.get(col, ""), sep) for col in header))
    text = newline.join(lines)
    return text + newline if final_newline else text


def write(rel, text, encoding, bom=False):
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(os.path.join(HERE, rel), "wb") as f:
        f.write(data)


def main():
    # 1. 54-column plano: ',' UTF-8 with BOM, CRLF, quoted names containing ',', a RETIRADO with FECHAFIN.
    rows = [student(1), student(2, GRADO_COD="00", GRUPO="001"), student(3, GRADO_COD="11", JORNADA="ÚNICA"),
            student(4, ESTADO="RETIRADO", FECHAFIN="2024-03-15 00:00:00", MOTIVO="NO CONTINUÓ EN EL ESTABLECIMIENTO EDUCATIVO"),
            student(5, DANE=IE2, INSTITUCION="COLEGIO MUNICIPAL \"EL RODEO\"", CODIGO_DANE_SEDE=SEDE2, SEDE="SEDE RURAL, VEREDA",
                    ZONA_SEDE="RURAL", GRADO_COD="99", PAIS_ORIGEN="VENEZUELA"),
            student(6, GRADO_COD="-1", GENERO="F", NOMBRE1="MARÍA JOSÉ")]
    write("simat/plano54_bom_crlf_2024-03-31.csv", render(PLANO54, rows, ",", "\r\n"), "utf-8", bom=True)

    # 2. Same rows, UTF-8 without BOM, LF, no final newline (the cut comes from the FECHA_CORTE-less name: 20240331).
    write("simat/plano54_nobom_lf_20240331.csv", render(PLANO54, rows, ",", "\n", final_newline=False), "utf-8")

    # 3. 43-column detallado: ';' Windows-1252, LF, no final newline, rows ending in ';' (empty CORREO), Ñ and accents.
    rows43 = [student(11, GRADO_COD="02", NOMBRE1="NIÑA", APELLIDO1="NÚÑEZ"), student(12, GRADO_COD="25", JORNADA="NOCTURNA"),
              student(13, FECHAINI="2024-02-01 07:30:00.5", FECHA_NACIMIENTO="01/12/2010"),
              student(14, INSTITUCION="INSTITUCIÓN EDUCATIVA JOSÉ EUSEBIO CARO; SEDE B", GRADO_COD="10")]
    write("simat/detallado43_win1252_20240430.txt", render(DETALLADO43, rows43, ";", "\n", final_newline=False), "cp1252")

    # 4. Anexo 6A names, tab separated, stray spaces in headers, FECHA_CORTE column, no PER_ID for one student.
    header6a = ["ANO_INF", "MUN_CODIGO", "CODIGO_DANE", "DANE_ANTERIOR", "CONS_SEDE", "TIPO_DOCUMENTO", "NRO_DOCUMENTO",
                "APELLIDO1", "APELLIDO2", " NOMBRE1", "NOMBRE2", "DIRECCION_RESIDENCIA", "TEL", "ESTRATO", "FECHA_NACIMIENTO",
                "GENERO", "POB_VICT_CONF_RUV", " PROVIENE_SECTOR_PRIV", "TIPO_DISCAPACIDAD", "CODIGO_ETNIA", "TIPO_JORNADA",
                "COD_GRADO", "GRUPO", "METODOLOGIA", "REPITENTE", "ZON_ALU", "PAIS_ORIGEN", "PER_ID", "ESTADO ", "FECHA_CORTE"]
    def r6a(i, **over):
        base = {"ANO_INF": "2024", "MUN_CODIGO": "54001", "CODIGO_DANE": IE1, "DANE_ANTERIOR": SEDE1, "CONS_SEDE": SEDE1 + "01",
                "TIPO_DOCUMENTO": "2", "NRO_DOCUMENTO": str(1091000000 + i), "APELLIDO1": "GÓMEZ", "APELLIDO2": "PÉREZ",
                " NOMBRE1": "SOFÍA", "NOMBRE2": "", "DIRECCION_RESIDENCIA": "CALLE 10 # 4-21", "TEL": "5712345",
                "ESTRATO": "2", "FECHA_NACIMIENTO": "2013-07-09", "GENERO": "F", "POB_VICT_CONF_RUV": "S",
                " PROVIENE_SECTOR_PRIV": "N", "TIPO_DISCAPACIDAD": "99", "CODIGO_ETNIA": "0", "TIPO_JORNADA": "2",
                "COD_GRADO": "5", "GRUPO": "501", "METODOLOGIA": "1", "REPITENTE": "N", "ZON_ALU": "1",
                "PAIS_ORIGEN": "COLOMBIA", "PER_ID": str(800000 + i), "ESTADO ": "MATRICULADO", "FECHA_CORTE": "2024-04-30"}
        base.update(over)
        return base
    rows6a = [r6a(1), r6a(2, COD_GRADO="05"), r6a(3, PER_ID="", NRO_DOCUMENTO="1.091.000.003")]
    header_text = "\t".join(h if not h.startswith(" ") else h for h in header6a)
    header_text = header_text.replace("ANO_INF", " ano_inf ")  # lower case with stray spaces
    write("simat/anexo6a_tab.tsv", render(header6a, rows6a, "\t", "\r\n", header_text=header_text), "utf-8")

    # 5. Rejected rows by reason (12 rows: 7 rejected, 1 warning), ';' UTF-8.
    bad = [student(21), student(22),
           student(23, PER_ID="", DOC=""),                 # missing_identity
           student(24, DANE=""),                           # missing_institution
           student(25, DANE="15400100010"),                # malformed_institution_dane (11 digits)
           student(26, GRADO_COD=""),                      # missing_grade
           student(27, GRADO_COD="17"),                    # unknown_grade
           student(28, ESTADO=""),                         # missing_status
           student(29, FECHAINI="31-31-2024"),             # unparseable_date
           student(21, GRUPO="602"),                       # duplicate_student_at_cut (same PER_ID as row 1)
           student(30, ESTADO="EN PROCESO"),               # unknown_status → warning, loaded as OTRO
           student(31)]
    write("simat/rejects_mixed_2024-05-31.csv", render(PLANO54, bad, ";", "\n"), "utf-8")

    # 6. Missing required columns (no GRADO_COD, no ESTADO).
    short = [c for c in PLANO54 if c not in ("GRADO_COD", "ESTADO")]
    write("simat/missing_columns_2024-03-31.csv", render(short, [student(41)], ",", "\n"), "utf-8")

    # 7. No cut date anywhere (no FECHA_CORTE, no date in the name).
    write("simat/sin_fecha.csv", render(PLANO54, [student(51)], ",", "\n"), "utf-8")

    # 8. Header only; empty; binary.
    write("simat/header_only_2024-03-31.csv", render(PLANO54, [], ",", "\n"), "utf-8")
    write("simat/empty_2024-03-31.csv", "", "utf-8")
    with open(os.path.join(HERE, "simat/binary_2024-03-31.csv"), "wb") as f:
        f.write(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)))

    # 9. A second cut for the "earlier data intact" tests: same students, later cut, from a date in the name.
    write("simat/plano54_2024-04-30.csv", render(PLANO54, rows[:4], ",", "\n"), "utf-8")

    write_simpade()


def write_simpade():
    reasons = ["TRABAJAR", "PADRES_A_TEMPRANA_EDAD", "SALUD_DEL_ESTUDIANTE", "EXTRAEDAD", "BAJO_RENDIMIENTO_ESCOLAR",
               "PROBLEMAS_DE_LECTURA", "PROBLEMAS_DE_ESCRITURA", "PROBLEMAS_DE_ORALIDAD", "EXPULSION_DE_ESTUDIANTE",
               "REPITENCIA", "POCO_GUSTO_POR_EL_ESTUDIO", "DIFICULTADES_ACADEMICAS",
               "LAS_METODOLOGÍAS_Y_PROCESOS_PEDAGÓGICOS_NO_RESPONDEN_A_SUS_PARTICULARIDADES",
               "NO_EXISTE_FORMACIÓN_SOBRE_PLAN_DE_VIDA", "NO_EXISTE_ORIENTACIÓN_SOCIO-OCUPACIONAL",
               "PIENSA_QUE_EL_ESTUDIO_NO_LE_SERVIRÁ_DE_NADA", "CAMBIO_DE_RESIDENCIA", "DESEMPLEO_DE_LOS_PADRES_O_ACUDIENTES",
               "MUERTE_DE_LOS_PADRES", "DESPLAZAMIENTO_FORZADO", "CAMBIO_DE_PAIS", "MATONEO_ESCOLAR_(BULLYING)", "OTRAS"]
    ident = ["COD_SECRE", "ANNO", "SPD_SECRETARIA", "SPD_COD_SECRE", "SPD_COD_DEPTO", "SPD_NOMBRE_DEPTO", "SPD_COD_MUN",
             "SPD_NOMBRE_MUN", "ID_EE", "SPD_DANE_EE", "SPD_NOM_ESTABLECIMIENTO", "ID_SEDE", "SPD_DANE_SEDE",
             "SPD_NOMBRE_SEDE", "TIPO_DOC", "NRO_DOCUMENTO", "PER_ID"]
    tail = ["apoyo academico", "srpa", "ANNO_INF", "DANE_EE", "NOMBRE_ESTABLECIMIENTO", "DANE_SEDE", "ESTRATO", "GENERO",
            "POBLACION_VICTIMA_CONFLICTO", "TIPO_DE_DISCAPACIDAD", "ETNIA", "JORNADA", "GRADO", "GRUPO", "METODOLOGIA",
            "ZONA_DE_ATENCIÓN", "Divipola_MUNICIPIO", "BENEF.HERORES", "04_ATENDIDO", "SECTOR", "MES_FINAL", "FECHA_CORTE"]
    header = ident + ["SPD_RAZON_DESERC_" + r for r in reasons] + tail

    def row(i, flags, **over):
        base = {"COD_SECRE": "3802", "ANNO": "2025", "SPD_SECRETARIA": "CÚCUTA", "SPD_COD_MUN": "54001",
                "SPD_NOMBRE_MUN": "CÚCUTA", "SPD_DANE_EE": "154001000101",
                "SPD_NOM_ESTABLECIMIENTO": "INSTITUCIÓN EDUCATIVA  SAN JOSÉ", "SPD_DANE_SEDE": "154001000101",
                "SPD_NOMBRE_SEDE": "SEDE PRINCIPAL", "TIPO_DOC": "TI:TARJETA DE IDENTIDAD",
                "NRO_DOCUMENTO": str(1092000000 + i), "PER_ID": str(700000 + i), "ANNO_INF": "2025",
                "DANE_EE": "154001000101", "DANE_SEDE": "154001000101", "ESTRATO": "ESTRATO 1", "GENERO": "MASCULINO",
                "JORNADA": "TARDE", "GRADO": "OCTAVO", "GRUPO": "0804", "SECTOR": "OFICIAL", "MES_FINAL": "5",
                "FECHA_CORTE": "2025-12-13 08:00:49.187"}
        base.update(over)
        for r in reasons:
            base["SPD_RAZON_DESERC_" + r] = flags.get(r, "" if flags.get("*") is None else flags["*"])
        return base

    rows = [
        row(1, {"*": "0", "TRABAJAR": "1", "CAMBIO_DE_RESIDENCIA": "1"}),
        row(2, {}, GRADO="DÉCIMO", MES_FINAL="9", PER_ID=""),                      # all flags blank → no reason reported
        row(3, {"*": "0"}, GRADO="CICLO 3 ADULTOS", FECHA_CORTE="2025-12-13 08:00:49.5"),  # all zero
        row(4, {"*": "0", "MATONEO_ESCOLAR_(BULLYING)": "1"}, DANE_EE="154001000999",       # SPD_DANE_EE vs DANE_EE conflict
            GRADO="DÃ\u2030CIMO", SECTOR="NO OFICIAL"),                                      # mojibake of DÉCIMO
        row(5, {"*": "0", "OTRAS": "1"}, SPD_DANE_EE="", DANE_EE=""),                      # missing institution → rejected
        row(6, {"*": "0", "LAS_METODOLOGÍAS_Y_PROCESOS_PEDAGÓGICOS_NO_RESPONDEN_A_SUS_PARTICULARIDADES": "1"},
            GRADO="ACELERACIÓN DEL APRENDIZAJE", MES_FINAL="MARZO"),
    ]
    write("simpade/desertores_2025-11.csv", render(header, rows, ";", "\r\n"), "utf-8", bom=True)


if __name__ == "__main__":
    main()
