#!/usr/bin/env python3
"""Writes the small MEN statistics fixtures under tests/data/men (run once; the bytes are committed).

The municipal files use the REAL 41-column header of MEN's open data "Estadísticas en educación en preescolar, básica y
media por municipio" (tests/data/real-headers/men_estadisticas_municipio.header.csv, datos.gov.co nudc-7mev). Cúcuta's
(54001) figures 2011–2022 are those of /work/shared/reference/domain.md §4.2 and 2023 those of §7; the departmental
file has Norte de Santander's series of §4.3. Columns whose real value is not in those tables are left blank (MEN's
files have blanks too), so no figure here is invented. Other municipalities carry only the 2022 total the reference
gives. Quirks reproduced: 2021 written with thousands separators (CÓDIGO_ETC 3.802, POBLACIÓN_5_16 147.272), quoted
values, blank TAMAÑO_PROMEDIO_DE_GRUPO / SEDES_CONECTADAS_A_INTERNET, a code without its leading zero (5001), the
departmental layout (37 columns, rates as "4.77%"), UTF-8 with BOM, Windows-1252 with ';', Socrata API field names.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = open(os.path.join(HERE, "..", "real-headers", "men_estadisticas_municipio.header.csv"), encoding="utf-8").read().strip().split(",")
assert len(HEADER) == 41

# Año: (deserción total, transición, primaria, secundaria, media, aprobación, reprobación, repitencia, cob. neta, cob. bruta, población 5–16)
CUCUTA = {
    2011: ("7.91", "5.77", "6.7", "9.66", "8.4", "91.22", "0.87", "2.07", "95.8", "103.3", "148185"),
    2012: ("4.65", "4.94", "3.69", "5.91", "4.35", "94.47", "0.88", "2.16", "93", "101", "147363"),
    2013: ("4.26", "4.9", "3.32", "5.56", "3.6", "95.08", "0.67", "2.51", "92.5", "104", "145329"),
    2014: ("3.27", "4.64", "3.03", "3.46", "2.66", "96.52", "0.21", "2.88", "90.04", "102.95", "143932"),
    2015: ("3.9", "4.63", "2.94", "5.09", "3.73", "95.26", "0.83", "2.78", "93.88", "109.01", "142523"),
    2016: ("5.24", "7.52", "4.12", "6.78", "3.73", "91.57", "3.19", "2.85", "93.15", "105.75", "141117"),
    2017: ("3.65", "5.47", "2.84", "4.56", "3.02", "92.39", "3.96", "2.11", "94.59", "111.18", "139789"),
    2018: ("3.52", "5.24", "2.99", "3.98", "3.01", "91.78", "4.7", "2.03", "97.23", "113.23", "138545"),
    2019: ("3.37", "5.01", "3.1", "3.63", "2.42", "89.6", "7.03", "2.34", "97.75", "113.94", "143348"),
    2020: ("3.37", "4.74", "3.16", "3.63", "2.35", "91.08", "5.55", "6", "95.4", "105.68", "146707"),
    2021: ("3.23", "3.42", "3.05", "3.56", "2.72", "87.16", "9.62", "3.89", "96.5", "109.23", "147.272"),
    2022: ("4.69", "6.22", "4.64", "4.85", "3.41", "87.11", "8.2", "6.35", "96.94", "109.26", "147312"),
    2023: ("4.61", "6.12", "4.20", "5.36", "3.10", "85.66", "9.73", "7.40", "", "", ""),
}

OTHERS_2022 = [("54720", "Sardinata", "6.91"), ("54245", "El Carmen", "6.39"), ("54553", "Puerto Santander", "6.23"),
               ("54261", "El Zulia", "6.19"), ("54810", "Tibú", "5.58")]

# Norte de Santander (departmental file): deserción total, transición, primaria, secundaria, media, aprobación,
# reprobación, repitencia, cobertura neta, población 5–16.
NORTE = {
    2011: ("6.87", "4.98", "5.15", "9.35", "8.44", "92.55", "0.65", "2.19", "88.96", "324219"),
    2012: ("4.89", "4.33", "4.49", "5.93", "4.06", "93.58", "1.52", "2", "85.93", "322304"),
    2013: ("3.66", "3.76", "3.11", "4.68", "3.02", "95.29", "1.05", "1.72", "86.37", "317334"),
    2014: ("3.3", "3.61", "3.37", "3.4", "2.46", "96.07", "0.62", "1.64", "87.15", "313966"),
    2015: ("2.66", "2.9", "2.07", "3.53", "2.54", "95.75", "1.59", "1.31", "85.84", "310611"),
    2016: ("4.84", "5.4", "3.89", "6.51", "3.7", "91.24", "3.91", "1.85", "88.51", "307238"),
    2017: ("3.6", "4.12", "2.73", "4.81", "3.54", "91.86", "4.54", "1.24", "90.3", "304148"),
    2018: ("3.95", "4.92", "3.36", "4.7", "3.49", "90.55", "5.5", "1.41", "91.62", "307526"),
    2019: ("3.25", "4.26", "2.97", "3.61", "2.58", "90.56", "6.19", "1.37", "92.18", "318252"),
    2020: ("3.94", "4.03", "3.65", "4.58", "3.08", "88.82", "7.24", "5.51", "90.16", "325981"),
    2021: ("4.1", "3.64", "3.83", "4.68", "3.75", "87.57", "8.33", "3.9", "92", "328034"),
    2022: ("4.49", "5.41", "4.36", "4.77", "3.45", "87.56", "7.95", "6.03", "91.81", "328869"),
    2023: ("4.79", "5.47", "4.36", "5.69", "3.48", "86.73", "8.49", "8.19", "91.11", "329874"),
    2024: ("4.37", "4.94", "4.07", "5.07", "3.16", "88.25", "7.38", "8.39", "87.85", "330046"),
}


def municipal_row(year, code, name, values, etc="3802", etc_name="Cúcuta"):
    row = dict.fromkeys(HEADER, "")
    row.update({"AÑO": str(year), "CÓDIGO_MUNICIPIO": code, "MUNICIPIO": name, "CÓDIGO_DEPARTAMENTO": "54",
                "DEPARTAMENTO": "Norte de Santander", "CÓDIGO_ETC": etc, "ETC": etc_name})
    if values:
        (row["DESERCIÓN"], row["DESERCIÓN_TRANSICIÓN"], row["DESERCIÓN_PRIMARIA"], row["DESERCIÓN_SECUNDARIA"],
         row["DESERCIÓN_MEDIA"], row["APROBACIÓN"], row["REPROBACIÓN"], row["REPITENCIA"], row["COBERTURA_NETA"],
         row["COBERTURA_BRUTA"], row["POBLACIÓN_5_16"]) = values
    return row


def cucuta_rows():
    rows = []
    for year, values in CUCUTA.items():
        row = municipal_row(year, "54001", "Cúcuta", values, etc="3.802" if year == 2021 else "3802")
        rows.append(row)
    return rows


def other_rows():
    rows = [municipal_row(2022, code, name, None, etc="3805", etc_name="Norte de Santander") for code, name, _ in OTHERS_2022]
    for row, (_, _, total) in zip(rows, OTHERS_2022):
        row["DESERCIÓN"] = total
    medellin = dict.fromkeys(HEADER, "")
    medellin.update({"AÑO": "2022", "CÓDIGO_MUNICIPIO": "5001", "MUNICIPIO": "Medellín", "CÓDIGO_DEPARTAMENTO": "5",
                     "DEPARTAMENTO": "Antioquia", "CÓDIGO_ETC": "3759", "ETC": "Medellín"})
    rows.append(medellin)
    return rows


def csv_line(values, sep=",", quote_all=False):
    out = []
    for value in values:
        if quote_all or sep in value or '"' in value:
            out.append('"' + value.replace('"', '""') + '"')
        else:
            out.append(value)
    return sep.join(out)


def write(name, header, rows, sep=",", encoding="utf-8", bom=False, quote_all=False, newline="\n"):
    lines = [csv_line(header, sep, quote_all)] + [csv_line([r.get(h, "") for h in header], sep, quote_all) for r in rows]
    data = newline.join(lines) + newline
    raw = data.encode(encoding)
    if bom:
        raw = b"\xef\xbb\xbf" + raw
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(raw)


def main():
    rows = cucuta_rows() + other_rows()
    # The nudc-7mev copy: UTF-8, ',', the 2022 Cúcuta row quoted.
    write("men_municipio_54001.csv", HEADER, rows)
    text = open(os.path.join(HERE, "men_municipio_54001.csv"), encoding="utf-8").read()
    text = text.replace("2022,54001,Cúcuta,54,Norte de Santander,3802,Cúcuta,147312",
                        '"2022","54001","Cúcuta","54","Norte de Santander","3802","Cúcuta","147312"')
    open(os.path.join(HERE, "men_municipio_54001.csv"), "w", encoding="utf-8", newline="").write(text)
    # Same rows: UTF-8 with BOM and CRLF; Windows-1252 with ';'; Socrata API field names.
    write("men_municipio_bom_crlf.csv", HEADER, rows, bom=True, newline="\r\n")
    write("men_municipio_win1252.csv", HEADER, rows, sep=";", encoding="cp1252")
    socrata = ["".join(c if c.isascii() and c.isalnum() else "_" for c in h.lower()) for h in HEADER]
    socrata_rows = [{s: r[h] for s, h in zip(socrata, HEADER)} for r in rows]
    write("men_municipio_socrata.csv", socrata, socrata_rows)
    # The departmental file (ji8i-4anb as in Ori-G-A/COL_MEN_STAT): no MUNICIPIO/ETC columns, all quoted, rates with '%'.
    dept_header = [h for h in HEADER if h not in ("CÓDIGO_MUNICIPIO", "MUNICIPIO", "CÓDIGO_ETC", "ETC")]
    assert len(dept_header) == 37
    dept_rows = []
    for year, v in NORTE.items():
        row = dict.fromkeys(dept_header, "")
        row.update({"AÑO": str(year), "CÓDIGO_DEPARTAMENTO": "54", "DEPARTAMENTO": "Norte de Santander", "POBLACIÓN_5_16": v[9]})
        for column, value in zip(["DESERCIÓN", "DESERCIÓN_TRANSICIÓN", "DESERCIÓN_PRIMARIA", "DESERCIÓN_SECUNDARIA",
                                  "DESERCIÓN_MEDIA", "APROBACIÓN", "REPROBACIÓN", "REPITENCIA", "COBERTURA_NETA"], v[:9]):
            row[column] = value + "%"
        dept_rows.append(row)
    write("men_departamento_54.csv", dept_header, dept_rows, quote_all=True)
    # Refused: a rate that is not a number (line 5 = Cúcuta 2014), and a row missing a field (line 4 = 2013).
    bad = [dict(r) for r in cucuta_rows()]
    bad[3]["DESERCIÓN_PRIMARIA"] = "n/d"
    write("men_municipio_bad_rate.csv", HEADER, bad)
    write("men_municipio_short_row.csv", HEADER, cucuta_rows())
    lines = open(os.path.join(HERE, "men_municipio_short_row.csv"), encoding="utf-8").read().split("\n")
    lines[3] = lines[3][: lines[3].rindex(",")]
    open(os.path.join(HERE, "men_municipio_short_row.csv"), "w", encoding="utf-8", newline="").write("\n".join(lines))


if __name__ == "__main__":
    main()
