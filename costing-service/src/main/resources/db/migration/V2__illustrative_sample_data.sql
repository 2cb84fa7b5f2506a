-- ILLUSTRATIVE SAMPLE DATA. Nothing below is a real figure, address, routing id or account, except the
-- material cost S = 9,700 EUR of the KGSt edition 2022/2023 (known second-hand). Finance replaces the rest
-- over the API (PUT /kgst-editions/{id}, PUT /billing-parties/{ags}).

-- KGSt editions. Personnel costs per pay grade are not known here: every P below is illustrative.
INSERT INTO kgst_edition (label, valid_from, valid_until, material_cost, material_cost_illustrative, source_note) VALUES
    ('2019/2020', '2019-01-01', '2020-12-31', 9350.00, true,
     'ILLUSTRATIVE sample edition: all figures are invented placeholders, not KGSt figures. Replace with the '
     || 'KGSt report "Kosten eines Arbeitsplatzes (Stand 2019/2020)".'),
    ('2020/2021', '2021-01-01', '2021-12-31', 9500.00, true,
     'ILLUSTRATIVE sample edition: all figures are invented placeholders, not KGSt figures. Replace with the '
     || 'KGSt report "Kosten eines Arbeitsplatzes (Stand 2020/2021)".'),
    ('2022/2023', '2022-01-01', '2023-12-31', 9700.00, false,
     'KGSt report "Kosten eines Arbeitsplatzes (Stand 2022/2023)": material cost of an office workplace '
     || '9,700 EUR/year (known second-hand). The personnel costs are ILLUSTRATIVE placeholders, not KGSt figures.');

INSERT INTO kgst_personnel_cost (edition_id, pay_grade, annual_cost, illustrative)
SELECT e.id, p.pay_grade, p.annual_cost, true
FROM kgst_edition e
JOIN (VALUES
        ('2019/2020', 'A 11 LBesG NRW', 72000.00), ('2019/2020', 'EG 10 TVöD-VKA', 66000.00),
        ('2020/2021', 'A 11 LBesG NRW', 74000.00), ('2020/2021', 'EG 10 TVöD-VKA', 68000.00),
        ('2022/2023', 'A 11 LBesG NRW', 78000.00), ('2022/2023', 'EG 10 TVöD-VKA', 71000.00)
     ) AS p (label, pay_grade, annual_cost) ON p.label = e.label;

-- Billing parties: the eight member towns and Kreis Unna. Streets, e-mail addresses (.example), phone numbers
-- and accounts are invented. Leitweg-IDs are "<AGS>-0001-<check digits>" with correct ISO/IEC 7064 MOD 97-10
-- check digits but are NOT the towns' real routing ids. The IBANs have correct check digits but bank code
-- 00000000, which no bank has: clearly fake.
INSERT INTO billing_party (ags, name, street, postcode, city, leitweg_id, email, contact_name, phone, iban, bic, illustrative) VALUES
    ('05978004', 'Stadt Bergkamen',      'Rathausplatz 1 (Beispiel)',   '59192', 'Bergkamen',   '05978004-0001-47', 'rechnungseingang@bergkamen.example',   NULL, NULL, NULL, NULL, true),
    ('05978008', 'Gemeinde Bönen',       'Am Bahnhof 7 (Beispiel)',     '59199', 'Bönen',       '05978008-0001-36', 'rechnungseingang@boenen.example',      NULL, NULL, NULL, NULL, true),
    ('05978016', 'Gemeinde Holzwickede', 'Allee 5 (Beispiel)',          '59439', 'Holzwickede', '05978016-0001-14', 'rechnungseingang@holzwickede.example', NULL, NULL, NULL, NULL, true),
    ('05978024', 'Stadt Lünen',          'Willy-Brandt-Platz 1 (Beispiel)', '44532', 'Lünen',   '05978024-0001-89', 'kopfstelle-sozialwesen@luenen.example',
        'Kopfstelle IKZ Sozialwesen', '+49 0000 000000', 'DE30000000000005978024', 'XXXXDEXXXXX', true),
    ('05978028', 'Stadt Schwerte',       'Rathausstraße 31 (Beispiel)', '58239', 'Schwerte',    '05978028-0001-78', 'rechnungseingang@schwerte.example',    NULL, NULL, NULL, NULL, true),
    ('05978032', 'Stadt Selm',           'Adenauerplatz 2 (Beispiel)',  '59379', 'Selm',        '05978032-0001-67', 'rechnungseingang@selm.example',        NULL, NULL, NULL, NULL, true),
    ('05978036', 'Kreisstadt Unna',      'Rathausplatz 1 (Beispiel)',   '59423', 'Unna',        '05978036-0001-56', 'rechnungseingang@unna.example',        NULL, NULL, NULL, NULL, true),
    ('05978040', 'Stadt Werne',          'Konrad-Adenauer-Platz 1 (Beispiel)', '59368', 'Werne', '05978040-0001-45', 'rechnungseingang@werne.example',      NULL, NULL, NULL, NULL, true),
    ('05978',    'Kreis Unna',           'Friedrich-Ebert-Straße 17 (Beispiel)', '59425', 'Unna', '05978-0001-97',  'zentrale-it@kreis-unna.example',
        'Kreis Unna, zentrale IT (FD 16)', '+49 0000 000000', 'DE38000000000000005978', 'XXXXDEXXXXX', true);
