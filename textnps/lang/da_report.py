"""The Danish words of the report (``textnps.report``): labels, notes, the wave comparison's words.

Re-exported by :mod:`textnps.lang.da`, whose names they are (:class:`textnps.lang.LanguageData`).
"""

#: Ord i rapporten (HTML/Excel) og dens diagrammer (``textnps.report``).
#: ``columns`` oversætter tabellernes kolonnenavne til overskrifter.
REPORT_LABELS = {
    "report_title": "NPS-rapport: kommentarer",
    "all": "Alle",
    "responses": "svar",
    "comments": "kommentarer",
    "generated": "Oprettet",
    "codebook": "Kodebog",
    "small_sample_note": "Markeret * : færre end {min_n} svar, fortolk med forsigtighed.",
    "none": "Ingen fundet.",
    "decimal": ",",
    "section_findings": "Vigtigste resultater",
    "finding_complaint": "Hyppigste klage blandt kritikere: {theme} ({pct} %)",
    "finding_strength": "Største styrke blandt promotorer: {theme} ({pct} %)",
    "finding_impact": "Største negative betydning for NPS: {theme} ({impact} point)",
    "finding_emerging": "Stiger: {theme} blandt {category} ({before} % → {recent} % i {period})",
    "section_summary": "NPS-oversigt",
    "section_nps_over_time": "NPS over tid",
    "section_top_complaints": "Hyppigste klager (kritikere)",
    "section_top_strengths": "Største styrker (promotorer)",
    "section_passives": "Hvad passive nævner",
    "section_impact": "Temaernes betydning for NPS",
    "section_heatmap": "Temaer pr. kategori",
    "section_trends": "Udvikling pr. tema",
    "section_emerging": "Voksende temaer",
    "section_segments": "Pr. segment",
    "section_discovered": "Fundne temaer og deres to sider",
    "discovered_intro": (
        "Temaer fundet i de kommentarer, som intet tema i kodebogen dækker. En grund, som promotorer roser og kritikere klager over, er ét emne med to sider: de to rækker står efter hinanden, indrammet sammen, og hver nævner sin anden side."
    ),
    "section_method": "Metode",
    "method_text": (
        "Intervallerne er 95 %-intervaller: Wilson for andele, Wald for NPS. Betydning = NPS for alle "
        "svar minus NPS for de svar, der ikke nævner temaet. Udviklingen sammenligner den seneste "
        "periode med de foregående (z-test for to andele). P-værdierne er justeret for, at mange "
        "temaer testes på én gang (Benjamini-Hochberg)."
    ),
    "plot_nps_over_time": "NPS over tid (bånd: 95 % fejlmargin)",
    "plot_top_complaints": "Hyppigste klager blandt kritikere",
    "plot_top_strengths": "Største styrker blandt promotorer",
    "plot_impact": "Temaernes betydning for NPS (point, 95 %-interval)",
    "plot_heatmap": "Andel af hver kategori, der nævner temaet (%)",
    "plot_trends": "Temaets andel over tid blandt {category} (%)",
    "axis_share": "Andel af svarene (%)",
    "axis_nps": "NPS",
    "axis_impact": "NPS-point",
    "axis_period": "Periode",
    "section_fix_first": "Ret først",
    "fix_first_intro": (
        "Temaer ordnet efter, hvor mange NPS-point klagerne koster: hvor meget højere NPS ville være, "
        "hvis de svar, der nævner temaet negativt, havde givet samme karakter som de andre. Andel: de "
        "kritikere, der klager over det. Udvikling: ændringen i den andel i den seneste periode, ↑/↓ når "
        "den er signifikant."
    ),
    "section_praise": "Styrker at bevare",
    "praise_intro": (
        "Temaer ordnet efter, hvor mange NPS-point rosen giver: hvor meget lavere NPS ville være uden de "
        "svar, der nævner temaet positivt. Andel: de promotorer, der roser det."
    ),
    "finding_fix_first": (
        "Ret først: {theme}, hvor klagerne koster {points} NPS-point ({pct} % af kritikerne)"
    ),
    "finding_praise": "Mest ros: {theme}, som giver {points} NPS-point ({pct} % af promotorerne)",
    "method_fix_first": (
        "Ret først og styrker: betydningen af et temas negative (eller positive) omtaler alene, så klager"
        " og ros af samme tema aldrig udligner hinanden. Citaterne kommer fra kommentarer, hvor temaet "
        "har den polaritet, forkortet til den sætning, der nævner det."
    ),
    "values": {"positive": "positiv", "negative": "negativ", "up": "op", "down": "ned", "codebook": "kodebog", "discovery": "fundet", "fisher": "Fisher"},
    "columns": {
        "cost_points": "Pris (NPS-point)",
        "cost_ci_low": "Pris lav",
        "cost_ci_high": "Pris høj",
        "gain_points": "Gevinst (NPS-point)",
        "gain_ci_low": "Gevinst lav",
        "gain_ci_high": "Gevinst høj",
        "pct_of_detractors": "% af kritikerne",
        "pct_of_promoters": "% af promotorerne",
        "trend": "Udvikling",
        "trend_pp": "Udvikling (procentpoint)",
        "quotes": "Citater",
        "examples": "Eksempler",
        "quote_1": "Citat 1",
        "quote_2": "Citat 2",
        "quote_3": "Citat 3",
        "example_1": "Eksempel 1",
        "example_2": "Eksempel 2",
        "example_3": "Eksempel 3",
        "n_mentions_neg": "Negative omtaler",
        "impact_neg": "Betydning af negative omtaler",
        "impact_ci_low_neg": "Betydning negative lav",
        "impact_ci_high_neg": "Betydning negative høj",
        "p_adjusted_neg": "p (BH) negative",
        "significant_neg": "Signifikant negative",
        "small_sample_neg": "Lille stikprøve negative",
        "n_mentions_pos": "Positive omtaler",
        "impact_pos": "Betydning af positive omtaler",
        "impact_ci_low_pos": "Betydning positive lav",
        "impact_ci_high_pos": "Betydning positive høj",
        "p_adjusted_pos": "p (BH) positive",
        "significant_pos": "Signifikant positive",
        "small_sample_pos": "Lille stikprøve positive",
        "impact_se": "Betydning standardfejl",
        "nps_all": "NPS for alle",
        "nps_theme_ci_low": "NPS for temaet lav",
        "nps_theme_ci_high": "NPS for temaet høj",
        "pct_mentions": "Omtaler %",
        "direction": "Retning",
        "mentions_before": "Omtaler før",
        "mentions_recent": "Omtaler senest",
        "n_before": "Svar før",
        "n_recent": "Svar senest",
        "note": "Bemærkning",
        "period_start": "Periodens start",
        "test": "Test",
        "z": "z",
        "label": "Etiket",
        "polarity": "Polaritet",
        "other_side": "Anden side",
        "topic": "Emne",
        "paired_with": "Parret med",
        "terms": "Termer",
        "share_detractor": "Andel kritikere",
        "share_passive": "Andel passive",
        "share_promoter": "Andel promotorer",
        "languages": "Sprog",
        "coherence": "Sammenhæng",
        "segment": "Segment",
        "period": "Periode",
        "category": "Kategori",
        "theme_id": "Tema-id",
        "theme": "Tema",
        "source": "Kilde",
        "rank": "Rang",
        "n": "Svar",
        "n_responses": "Svar",
        "n_mentions": "Omtaler",
        "pct": "Andel %",
        "pct_ci_low": "Andel % lav",
        "pct_ci_high": "Andel % høj",
        "pct_neg": "Negative %",
        "pct_pos": "Positive %",
        "pct_mixed": "Blandede %",
        "n_detractors": "Kritikere",
        "n_passives": "Passive",
        "n_promoters": "Promotorer",
        "pct_detractors": "Kritikere %",
        "pct_passives": "Passive %",
        "pct_promoters": "Promotorer %",
        "nps": "NPS",
        "se": "Standardfejl",
        "moe": "Fejlmargin",
        "ci_low": "Lav",
        "ci_high": "Høj",
        "nps_theme": "NPS for temaet",
        "nps_without": "NPS uden temaet",
        "impact": "Betydning",
        "impact_ci_low": "Betydning lav",
        "impact_ci_high": "Betydning høj",
        "p_value": "p",
        "p_adjusted": "p (BH)",
        "significant": "Signifikant",
        "small_sample": "Lille stikprøve",
        "pct_recent": "Andel % seneste",
        "pct_before": "Andel % før",
        "recent_periods": "Seneste periode(r)",
        "diff_pp": "Ændring (procentpoint)",
    },
}

#: Rapportens bemærkninger (textnps.report.notes): hvad der blev fjernet, forkortet eller sprunget over.
REPORT_NOTES = {
    "unmatched_current_wave": (
        "{n} kommentarer i den aktuelle måling passede ikke til noget tema i kodebogen; af deres {k} grupper "
        "svarer {matched} til gemte temaer, og {new} er nye."
    ),
    "classification_unavailable": "Temaklassifikation er ikke tilgængelig: der vises ingen temaer.",
    "preprocessing_unavailable": (
        "Forbehandling er ikke tilgængelig: kommentarerne vises ikke (de er ikke anonymiseret)."
    ),
    "unmatched_too_few": (
        "{n} kommentar(er) passede ikke til noget tema i kodebogen: for få til at blive grupperet i nye "
        "temaer (det kræver {needed})."
    ),
    "unmatched_clustered": (
        "{n} kommentarer passede ikke til noget tema i kodebogen; de blev grupperet i {k} nye temaer "
        "(new:...)."
    ),
    "truncated": (
        "{n} kommentar(er) på mere end {max_chars} tegn blev forkortet til den længde (markeret i "
        "'truncated' i tables/responses.csv); deres temaer kommer fra den forkortede tekst."
    ),
    "outside_window": (
        "{n} af {total} svar er dateret uden for perioden {window} og indgår ikke i nogen tabel."
    ),
    "undated_window": (
        "{n} af {total} svar har ingen dato og indgår ikke (perioden {window} blev valgt)."
    ),
    "dropped_scores": (
        "{n} af {total} rækker blev fjernet, fordi {column} ikke er en NPS-karakter (0–10)."
    ),
    "mixed_encodings": (
        "{name} blander tegnkodninger: {n} af {total} linjer er ikke UTF-8 og blev læst som cp1252 "
        "(Windows), de andre som UTF-8. Kontrollér de rækker; eksportér filen som UTF-8 igen for at undgå"
        " det."
    ),
    "unknown_file_type": "Ukendt filtype {suffix}: {name} læses som CSV.",
    'model_refiner_shipped': (
        'Temaer: kodebog {name} {version}, medfølgende finjustering (trænet på {n} kodede kommentarer, til {langs}-kommentarer).'
    ),
    'model_refiner_learned': (
        'Temaer: kodebog {name} {version}, finjustering trænet på denne undersøgelses koder ({n} kodede kommentarer, til {langs}-kommentarer).'
    ),
    'model_refiner_from': (
        'Temaer: kodebog {name} {version}, finjustering fra {where} (trænet på {n} kodede kommentarer, til {langs}-kommentarer).'
    ),
    'theme_quality_stale': (
        'Den forventede kvalitet af hvert tema (theme_quality.json, {n} temaer) blev målt med en anden finjustering end den, der bestemte disse temaer, så intet tema markeres som kendt svagt.'
    ),
    'weak_theme': (
        'Temaet {theme} er på toplisterne, men er kendt som svagt: i benchmarkens urørte testsæt blev det fundet med præcision {precision} og genkaldelse {recall} (F1 {f1}, {support} kodede omtaler). Læs dets kommentarer, før I handler på det.'
    ),
    'refiner_out_of_domain': (
        'Finjusteringen blev ikke brugt til de {n} kommentarer på {lang}: kun {coverage} % af deres hyppigste ord er kendt af den (den blev trænet på andre undersøgelser), så deres temaer kommer fra kodebogens søgeord og undersøgelsens egen model.'
    ),
    'refiner_down_weighted': (
        'Finjusteringen vejede {weight} % for de {n} kommentarer på {lang}: {coverage} % af deres hyppigste ord er kendt af den (den blev trænet på andre undersøgelser); resten kommer fra kodebogens søgeord og undersøgelsens egen model.'
    ),
    'refiner_domain_reference': (
        'Til sammenligning: i undersøgelser som dem, finjusteringen blev trænet på, kender den {reference} % af de hyppigste ord på {lang}.'
    ),
    'model_refiner_prior': (
        'Temaer: kodebog {name} {version}, medfølgende finjustering opdateret med undersøgelsens {n_analyst} koder (trænet på {n} kodede kommentarer i alt, til kommentarer på {langs}).'
    ),
    'model_seeds': (
        'Temaer: kodebog {name} {version}, ingen finjustering (kodebogens søgeord og undersøgelsens egen model).'
    ),
    'model_trained': (
        'Temaer: trænet model {folder} ({n} kodede kommentarer; kodebog {name} {version}).'
    ),
    'filtered': (
        '{n} af {total} svar passer ikke til filteret {filter} og er udeladt af alle tabeller.'
    ),
    'chart_window': (
        'Diagrammerne over tid viser {first} – {last} ({n} af {total} perioder: højst de seneste {most}, fra den første med mindst {min_n} svar); alle perioder står i nps_over_time.csv og trends.csv, og --since/--until vælger et andet tidsvindue.'
    ),
    'discover_sample': (
        'Nye temaer blev lært af {n} af de {total} kommentarer, som intet tema i kodebogen dækker (jævnt fordelt); derefter fik de alle et tema.'
    ),
}

#: Ord til sammenligningen af to målinger (textnps.report.compare).
COMPARE_LABELS = {
    "title": "NPS: sammenligning af målinger",
    "section_nps": "NPS: forrige og seneste måling",
    "section_significant": "Signifikante ændringer",
    "section_detractors": "Kritikere: temaer i begge målinger",
    "section_promoters": "Promotorer: temaer i begge målinger",
    "section_new": "Nye temaer (klynger i seneste måling, der ikke ligner et gemt tema)",
    "section_segments": "Signifikante ændringer pr. segment",
    "previous": "Forrige",
    "current": "Seneste",
    "previous_wave": "Forrige måling",
    "current_wave": "Seneste måling",
    "finding_nps": "NPS {previous} → {current} ({diff} point, {verdict})",
    "finding_change": "{theme} blandt {category}: {before} % → {after} % ({diff} procentpoint, 95 % interval "
                      "{low} til {high}; p (BH) {p})",
    "significant": "signifikant",
    "not_significant": "ikke signifikant",
    "no_change": "Ingen temaandel ændrede sig signifikant (falsk opdagelsesrate {alpha}).",
    "plot_nps": "NPS pr. måling (95 % interval)",
    "plot_changes": "{category}: temaets andel (%), forrige → seneste (fed: signifikant)",
    "method": ("Begge målinger måles med samme klassifikator og samme klyngemodel, så et tema beholder sit id. "
               "Andele er af besvarelser med kommentar i kategorien; ændringen har Newcombes interval og en "
               "z-test for to andele, p-værdier justeret med Benjamini-Hochberg. NPS-point = ændringen af "
               "temaets påvirkning af NPS."),
    "columns": {"wave": "Måling", "n_previous": "Svar (forrige)", "n_current": "Svar (seneste)",
                "nps_previous": "NPS (forrige)", "nps_current": "NPS (seneste)", "diff": "Ændring",
                "pct_previous": "Andel % (forrige)", "pct_current": "Andel % (seneste)",
                "diff_pp": "Ændring (procentpoint)", "nps_points": "NPS-point", "status": "Status",
                "label": "Etiket", "terms": "Termer",
                "pct_detractor_current": "Kritikere % (seneste)", "pct_promoter_current": "Promotorer % (seneste)",
                "pct_detractor_previous": "Kritikere % (forrige)", "pct_promoter_previous": "Promotorer % (forrige)",
                "mentions_previous": "Omtaler (forrige)", "mentions_current": "Omtaler (seneste)",
                "diff_ci_low": "Ændring lav", "diff_ci_high": "Ændring høj",
                "impact_previous": "Påvirkning (forrige)", "impact_current": "Påvirkning (seneste)",
                "direction": "Retning", "rising": "Stigende"},
}
