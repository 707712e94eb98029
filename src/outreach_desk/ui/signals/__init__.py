"""The signals screen: anonymous figures for policy, as charts."""
