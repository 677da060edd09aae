-- What an organ's administrator adds to the generated disclosure guide (政府信息公开指南): the
-- ways of applying it accepts, the fees it charges, anything Art. 12 asks that the data do not say.
ALTER TABLE organ_profile ADD COLUMN guide_note TEXT;
