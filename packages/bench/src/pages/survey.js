// SurveyJS: survey-core Model from the converted JSON, rendered by survey-js-ui (the
// framework-free UI, Preact inside) with the default theme stylesheet
// (fontless: the normal one loads Open Sans from fonts.gstatic.com, which this offline machine cannot reach).
import 'survey-core/survey-core.fontless.min.css';
import { Model } from 'survey-core';
import { renderSurvey } from 'survey-js-ui';
import json from '../../build/input/survey.json';
import { mount, rendered } from './mark.js';

const model = new Model(json);
model.onAfterRenderSurvey.add(() => rendered());
renderSurvey(model, mount());
