"""The estimator contract every textnps estimator keeps (textnps._contract), in sv, da and no.

scikit-learn's own checks (``sklearn.utils.estimator_checks``) run where they apply. Most of
them fit on random numeric matrices; these estimators take a DataFrame of comments and
refuse anything else (their tags say ``two_d_array=False, string=True``), so ``check_estimator``
would skip them all. The checks that do not fit on numeric data run as they are
(``SKLEARN_CHECKS``); for the others (``NOT_APPLICABLE``, with the reason) the tests below
check the same property on a DataFrame of comments.
"""
from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.frozen import FrozenEstimator
from sklearn.model_selection import GridSearchCV, KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.utils import estimator_checks as ec

import textnps
from textnps._errors import InputError, ParameterError
from textnps.preprocess import Preprocessor, preprocess_summary
from textnps.themes.codebook.classify import ThemeClassifier
from textnps.themes.codebook.refiner import ThemeRefiner, refiner_frame
from textnps.themes.discover.discoverer import ThemeDiscoverer

ESTIMATORS = [Preprocessor(progress=False), ThemeClassifier(progress=False), ThemeRefiner(),
              ThemeDiscoverer(progress=False)]
SKLEARN_CHECKS = [ec.check_estimator_cloneable, ec.check_estimator_tags_renamed, ec.check_valid_tag_types,
                  ec.check_estimator_repr, ec.check_no_attributes_set_in_init,
                  ec.check_parameters_default_constructible, ec.check_get_params_invariance, ec.check_set_params,
                  ec.check_do_not_raise_errors_in_init_or_set_params, ec.check_mixin_order,
                  ec.check_estimators_unfitted]
NUMERIC = "fits on a random numeric array; the estimator takes a DataFrame of comments"
NOT_APPLICABLE = {
    "check_fit_score_takes_y": NUMERIC, "check_estimators_dtypes": NUMERIC, "check_complex_data": NUMERIC,
    "check_dtype_object": NUMERIC, "check_estimators_empty_data_messages": NUMERIC,
    "check_pipeline_consistency": NUMERIC + " (test_pipeline_with_set_output_returns_the_frame)",
    "check_estimators_nan_inf": NUMERIC, "check_estimators_overwrite_params": NUMERIC + " (test_fit_*)",
    "check_dont_overwrite_parameters": NUMERIC + " (test_fit_*)", "check_fit_idempotent": NUMERIC,
    "check_estimators_fit_returns_self": NUMERIC + " (test_fit_*)", "check_readonly_memmap_input": NUMERIC,
    "check_n_features_in_after_fitting": NUMERIC + " (test_fit_* checks feature_names_in_)",
    "check_positive_only_tag_during_fit": NUMERIC, "check_estimator_sparse_tag": NUMERIC,
    "check_estimator_sparse_array": NUMERIC, "check_estimator_sparse_matrix": NUMERIC,
    "check_transformer_general": NUMERIC, "check_transformer_preserve_dtypes": NUMERIC,
    "check_transformers_unfitted": NUMERIC + " (check_estimators_unfitted runs)",
    "check_transformer_n_iter": NUMERIC, "check_set_output_transform": NUMERIC + " (test_set_output_*)",
    "check_global_output_transform_pandas": NUMERIC, "check_methods_sample_order_invariance": NUMERIC,
    "check_methods_subset_invariance": NUMERIC + " (test_transform_is_row_by_row)",
    "check_fit2d_1sample": NUMERIC, "check_fit2d_1feature": NUMERIC, "check_dict_unchanged":
        NUMERIC + " (test_transform_is_stateless)", "check_fit_check_is_fitted": NUMERIC, "check_n_features_in": NUMERIC,
    "check_fit1d": NUMERIC, "check_fit2d_predict1d": NUMERIC, "check_f_contiguous_array_estimator": NUMERIC,
    "check_transformer_data_not_an_array": NUMERIC, "check_estimators_pickle": NUMERIC,
    **{f"check_array_api_{k}": "the array API is for numeric arrays" for k in ("input", "mixed_inputs",
                                                                                "same_namespace")},
    **{f"check_{k}": "no fit takes sample_weight" for k in (
        "all_zero_sample_weights_error", "sample_weight_equivalence_on_dense_data", "sample_weights_list",
        "sample_weights_not_an_array", "sample_weights_not_overwritten", "sample_weights_pandas_series",
        "sample_weights_shape")},
}

COMMENTS = {
    "sv": ["Bra pris men usel kundtjänst", "Snabb leverans", "Trevlig personal", "För dyrt", "Vet inte",
           "Leveransen var sen och dyr", "Personalen var hjälpsam", "Priset är för högt"],
    "da": ["God pris men dårlig kundeservice", "Hurtig levering", "Venligt personale", "Alt for dyrt",
           "Ved ikke", "Leveringen var sen og dyr", "Personalet var hjælpsomt", "Prisen er for høj"],
    "no": ["Bra pris men dårlig kundeservice", "Rask levering", "Hyggelig personale", "Altfor dyrt", "Vet ikke",
           "Leveransen var sen og dyr", "Personalet var hjelpsomt", "Prisen er for høy"],
}


def _survey(lang: str, n: int = 24) -> pd.DataFrame:
    texts = [COMMENTS[lang][i % len(COMMENTS[lang])] for i in range(n)]
    return pd.DataFrame({"text": texts, "score": [(3 * i) % 11 for i in range(n)]}, index=range(100, 100 + n))


@pytest.fixture(scope="module", params=sorted(COMMENTS))
def clean(request) -> pd.DataFrame:
    return Preprocessor(progress=False).fit_transform(_survey(request.param))


@pytest.mark.parametrize("estimator", ESTIMATORS, ids=lambda e: type(e).__name__)
@pytest.mark.parametrize("check", SKLEARN_CHECKS, ids=lambda c: c.__name__)
def test_sklearn_checks_that_apply(estimator, check):
    check(type(estimator).__name__, clone(estimator))


def test_every_check_is_run_or_said_why_not():
    names = {c.__name__ for c in SKLEARN_CHECKS} | set(NOT_APPLICABLE)
    # scikit-learn's (private) list of checks for a numeric transformer: none may be forgotten here
    from sklearn.preprocessing import StandardScaler

    twin = ec._yield_all_checks(StandardScaler(), legacy=True)
    missing = {ec._check_name(c) for c in twin} - names - {"check_estimator_cloneable"}
    assert not missing, f"sklearn checks neither run nor explained: {sorted(missing)}"


def _fitted(clean):
    # score_col present, so no warning about it; ThemeDiscoverer wants a few themes only
    return [Preprocessor(progress=False).fit(clean[["text", "score"]]),
            ThemeClassifier(progress=False, refiner=None).fit(clean),
            ThemeDiscoverer(progress=False, n_themes=2).fit(clean)]


def test_fit_returns_self_keeps_params_and_stores_columns(clean):
    for est in [Preprocessor(progress=False), ThemeClassifier(progress=False, refiner=None),
                ThemeDiscoverer(progress=False, n_themes=2)]:
        before = est.get_params()
        X = clean[["text", "score"]] if isinstance(est, Preprocessor) else clean
        assert est.fit(X) is est
        assert est.get_params() == before
        assert list(est.feature_names_in_) == list(X.columns) and est.n_features_in_ == X.shape[1]


def test_transform_is_stateless(clean):
    for est in _fitted(clean):
        X = clean[["text", "score"]] if isinstance(est, Preprocessor) else clean
        state = {k: (v.copy() if hasattr(v, "copy") else v) for k, v in vars(est).items()}
        est.transform(X)
        assert set(vars(est)) == set(state), type(est).__name__
        assert not hasattr(est, "summary_")


def test_preprocess_summary_travels_with_the_frame(clean):
    out = Preprocessor(progress=False).fit_transform(clean[["text"]])
    summary = dict(zip(*preprocess_summary(out).to_dict("list").values()))
    assert summary["rows"] == len(clean) and summary["non_answer"] == 3
    with pytest.raises(InputError, match="preprocess_summary needs the DataFrame Preprocessor.transform returned"):
        preprocess_summary(pd.DataFrame({"text": ["x"]}))


def test_transform_is_row_by_row(clean):
    for est in _fitted(clean):
        X = clean[["text", "score"]] if isinstance(est, Preprocessor) else clean
        whole, part = est.transform(X), est.transform(X.iloc[5:11])
        pd.testing.assert_frame_equal(whole.iloc[5:11], part, check_like=False)


def test_pipeline_with_set_output_returns_the_frame(clean):
    survey = clean[["text", "score"]]
    pipe = make_pipeline(Preprocessor(progress=False), ThemeClassifier(progress=False, refiner=None))
    out = pipe.set_output(transform="pandas").fit_transform(survey)
    assert isinstance(out, pd.DataFrame) and list(out.index) == list(survey.index)
    assert list(pipe.get_feature_names_out()) == list(out.columns)
    assert list(out.columns[:2]) == ["text", "score"] and "themes" in out and "p_price" in out
    found = make_pipeline(Preprocessor(progress=False), ThemeDiscoverer(progress=False, n_themes=2))
    again = found.set_output(transform="pandas").fit_transform(survey)
    assert list(found.get_feature_names_out())[-2:] == ["discovered_themes", "discovered_theme"]
    assert list(found.get_feature_names_out()) == list(again.columns)


def test_set_output_accepts_pandas_only():
    with pytest.raises(ParameterError, match=r"'transform' parameter of ThemeClassifier.set_output must be "
                                             r"'pandas', 'default' or None.*Got 'polars' instead"):
        ThemeClassifier().set_output(transform="polars")


def test_preprocessor_names_the_columns_it_renames():
    frame = pd.DataFrame({"text": ["Bra pris"], "lang": ["x"]})
    pre = Preprocessor(progress=False).fit(frame)
    with pytest.warns(UserWarning, match="kept as"):
        out = pre.transform(frame)
    assert list(pre.get_feature_names_out()) == list(out.columns)


def test_a_column_missing_at_transform_shows_the_diff(clean):
    model = ThemeClassifier(progress=False, refiner=None).fit(clean)
    with pytest.raises(InputError, match=r"ThemeClassifier.transform: column\(s\) \['score'\] were there in fit "
                                         r"but are missing here.*\n- score\n\+ Score"):
        model.transform(clean.rename(columns={"score": "Score"}))
    pre = Preprocessor(progress=False).fit(clean[["text"]])
    with pytest.raises(InputError, match=r"column\(s\) \['text'\] were there in fit.*\n- text\n\+ comment"):
        pre.transform(clean[["text"]].rename(columns={"text": "comment"}))


@pytest.mark.parametrize("est, column, says", [
    (ThemeClassifier(progress=False, refiner=None), "score", "comments without sentiment words get polarity_default='neg' instead of their NPS"),
    (ThemeClassifier(progress=False, refiner=None), "informative", "non-answers .* are classified like any"),
    (ThemeDiscoverer(progress=False, n_themes=2), "informative", "non-answers .* are used as comments"),
])
def test_a_missing_optional_column_says_what_changes(clean, est, column, says):
    with pytest.warns(UserWarning, match=rf"no '{column}' column, so {says}"):
        est.fit(clean.drop(columns=[column]))


def _coded(clean):
    codes = clean["text_clean"].map(lambda t: "price" if "pri" in t.lower() or "dyr" in t.lower() else "")
    return codes.where(codes != "", "staff_service")


def _scorer(est, X, y):
    got = est.transform(X)["themes"].str.contains("price")
    return float((got == y.str.contains("price")).mean())


def test_a_loaded_model_clones_with_its_refiner_into_grid_search(clean, tmp_path):
    fitted = ThemeClassifier(progress=False).fit(clean)  # the refiner shipped with nordic-cx
    fitted.save(tmp_path / "m")
    loaded = ThemeClassifier.load(tmp_path / "m", progress=False)
    assert isinstance(loaded.refiner, FrozenEstimator)
    twin = clone(loaded)
    assert twin.refiner is loaded.refiner  # FrozenEstimator: clone keeps the fitted refiner
    twin.fit(clean)
    assert twin.refiner_ is loaded.refiner_
    y = _coded(clean)
    search = GridSearchCV(loaded, {"threshold": [0.4, 0.6]}, scoring=_scorer, cv=KFold(2)).fit(clean, y)
    assert search.best_estimator_.refiner_ is loaded.refiner_
    scores = cross_val_score(loaded, clean, y, scoring=_scorer, cv=KFold(2))
    assert scores.shape == (2,) and np.all((0 <= scores) & (scores <= 1))


def test_an_unfitted_refiner_says_how_to_keep_it_through_clone(clean):
    with pytest.raises(ParameterError, match=r"unfitted ThemeRefiner .*wrapped in sklearn.frozen.FrozenEstimator"):
        ThemeClassifier(progress=False, refiner=ThemeRefiner()).fit(clean)


def _refiner_data(n=60):
    lemmas = ["bra pris billig", "trevlig personal", "dyr pris", "sen leverans"] * (n // 4)
    seeds = np.array([[1, 0], [0, 1], [1, 0], [0, 0]] * (n // 4), dtype=float)
    return refiner_frame(lemmas, seeds, np.maximum(seeds * 0.9, 0.05), ["price", "staff_service"],
                         langs=["sv"] * n), seeds


def test_refiner_fits_x_y_and_the_old_call_warns():
    X, Y = _refiner_data()
    new = ThemeRefiner(cv=2).fit(X, pd.DataFrame(Y, columns=["price", "staff_service"]))
    assert list(new.predict_proba(X).columns) == ["p_price", "p_staff_service"]
    assert list(new.feature_names_in_) == list(X.columns)
    lemmas, seeds, proba = X["lemmas"].tolist(), Y, X[["p_price", "p_staff_service"]].to_numpy()
    with pytest.warns(FutureWarning, match=r"ThemeRefiner.fit\(lemmas, seeds, proba, ...\) is deprecated"):
        old = ThemeRefiner(cv=2).fit(lemmas, seeds, proba, Y, ["price", "staff_service"], langs=["sv"] * 60)
    with pytest.warns(FutureWarning, match=r"ThemeRefiner.predict_proba\(lemmas, seeds, proba, ...\)"):
        p = old.predict_proba(lemmas, seeds, proba)
    np.testing.assert_allclose(p, new.predict_proba(X).to_numpy())
    with pytest.raises(InputError, match=r"the columns of y \['staff_service', 'price'\] must be the themes of X"):
        ThemeRefiner(cv=2).fit(X, pd.DataFrame(Y, columns=["staff_service", "price"]))


@pytest.mark.parametrize("params, message", [
    ({"C": 0}, r"The 'C' parameter of ThemeRefiner must be a float in the range \(0.0, inf\)\. Got 0 instead\."),
    ({"cv": -1}, r"The 'cv' parameter of ThemeRefiner must be an int in the range \[0, inf\)\. Got -1 instead\."),
    ({"min_language_share": 2}, r"'min_language_share' parameter of ThemeRefiner must be a float in the range "
                                r"\[0.0, 1.0\]\. Got 2 instead\."),
    ({"ngram_range": [1, 2]}, r"The 'ngram_range' parameter of ThemeRefiner must be an instance of 'tuple'\. "
                              r"Got \[1, 2\] instead\."),
])
def test_refiner_parameters_are_validated(params, message):
    X, Y = _refiner_data()
    with pytest.raises(ParameterError, match=message):
        ThemeRefiner(**params).fit(X, Y)


def test_every_estimator_declares_its_parameters():
    for est in ESTIMATORS:
        assert set(est._parameter_constraints) == set(est.get_params()), type(est).__name__


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame({"Betyg": [9, 3, 10], "Svar": ["Bra pris", "Dyrt", "Trevlig personal"],
                  "Land": ["SE", "DK", "NO"], "Datum": ["2024-01-05", "2024-02-05", "2024-03-05"],
                  "Nr": ["a", "b", "c"]}).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("old, new, value", [("text", "text_col", "Svar"), ("score", "score_col", "Betyg"),
                                             ("date", "date_col", "Datum"), ("segment", "segment_col", "Land"),
                                             ("id", "id_col", "Nr")])
def test_read_survey_aliases_warn_and_work(export, old, new, value):
    with pytest.warns(FutureWarning, match=rf"read_survey: the '{old}' parameter is renamed '{new}'; '{old}' will "
                                           r"be removed in textnps 0.3"):
        got = textnps.read_survey(export, **{old: value})
    pd.testing.assert_frame_equal(got, textnps.read_survey(export, **{new: value}))
    raw = pd.read_csv(export)
    with pytest.warns(FutureWarning, match=rf"standardize_survey: the '{old}' parameter is renamed '{new}'"):
        textnps.io.standardize_survey(raw, **{old: value})


def test_an_old_and_a_new_name_together_are_refused(export):
    with pytest.raises(ParameterError, match="read_survey got both 'text' and 'text_col'; 'text' is the old name"):
        textnps.read_survey(export, text="Svar", text_col="Svar")


@pytest.mark.parametrize("old, new, value", [("by", "segment_col", "segment"), ("score", "score_col", "score"),
                                             ("date", "date_col", "date")])
def test_nps_summary_aliases_warn_and_work(export, old, new, value):
    survey = textnps.read_survey(export, segment_col="Land", date_col="Datum")
    extra = {"period": "month"} if old == "date" else {}
    with pytest.warns(FutureWarning, match=rf"nps_summary: the '{old}' parameter is renamed '{new}'"):
        got = textnps.nps_summary(survey, **{old: value}, **extra)
    pd.testing.assert_frame_equal(got, textnps.nps_summary(survey, **{new: value}, **extra))


def test_analyze_seed_alias_warns(export):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        with pytest.warns(FutureWarning, match=r"analyze: the 'seed' parameter is renamed 'random_state'"):
            report = textnps.analyze(export, seed=1, progress=False, discover=False)
    assert report.meta["n_comments"] == 3


def test_classifier_reads_the_score_column_it_is_told(clean):
    renamed = clean.rename(columns={"score": "betyg"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ThemeClassifier(progress=False, refiner=None, score_col="betyg").fit(renamed)
    with pytest.raises(ParameterError, match=r"The 'score_col' parameter of ThemeClassifier must be an instance of "
                                             r"'str'\. Got 3 instead\."):
        ThemeClassifier(score_col=3).fit(clean)
