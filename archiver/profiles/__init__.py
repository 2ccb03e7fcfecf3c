"""BagIt profiles: one model for both JSON forms (:mod:`.model`), the shipped receivers and profile files
(:mod:`.catalog`), tag values from options (:mod:`.tags`), and what a bag made for a profile carries
(:mod:`.plan`)."""

__all__: list[str] = []
