from portal.campaign.domain.indicators import also_suppressed, is_suppressed


def test_groups_under_ten_people_or_of_unknown_size_are_hidden():
    assert is_suppressed(9)
    assert is_suppressed(None)
    assert not is_suppressed(10)


def test_one_hidden_sibling_takes_the_next_smallest_with_it():
    # Alone, the 8 could be recovered as the parent's total minus 120 and 45.
    assert also_suppressed([120, 8, 45]) == {2}


def test_no_second_figure_is_hidden_when_subtraction_reveals_nothing():
    assert also_suppressed([120, 45]) == set()
    assert also_suppressed([120, 8, 5, 45]) == set()  # two hidden: only their sum shows
    assert also_suppressed([8]) == set()
