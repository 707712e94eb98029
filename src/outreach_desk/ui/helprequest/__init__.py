"""The help-request screens: from a parent's worry to a request for the right agency
(``HelpRequestPage``), and the referrals due for follow-up (``FollowUpPage``)."""
