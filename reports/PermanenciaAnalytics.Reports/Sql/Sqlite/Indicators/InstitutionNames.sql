SELECT institution_dane, name FROM institution
